import { z } from "zod";
import { currencyCodes, type CurrencyCode } from "@/lib/money/currencies";

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: "date_invalid" }).refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), { error: "date_invalid" });

/** A statement request: one organization, one currency, a period of whole UTC days (both ends included). */
export const statementQuerySchema = z
  .object({
    currency: z.enum(currencyCodes as [CurrencyCode, ...CurrencyCode[]], { error: "currency_not_allowed" }),
    from: isoDate,
    to: isoDate,
    /** Hub staff only: whose statement. */
    organizationId: z.uuid({ error: "invalid" }).optional(),
    format: z.enum(["json", "csv", "pdf"]).default("json"),
  })
  .refine((query) => query.from <= query.to, { path: ["to"], error: "settlement_period_reversed" });

export type StatementQuery = z.infer<typeof statementQuerySchema>;
