import { z } from "zod";

/**
 * A calendar day as YYYY-MM-DD that really exists ("2026-02-30" is refused, not rolled over
 * to March), read as UTC. Used by filters and inputs that name whole days: statement periods,
 * audit filters, transfer value dates.
 */
export const calendarDateSchema = z
  .string({ error: "required" })
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "date_invalid" })
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), { error: "date_invalid" });
