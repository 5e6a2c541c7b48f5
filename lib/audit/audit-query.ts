import { z } from "zod";
import { calendarDateSchema } from "@/lib/forms/calendar-date-schema";

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: "too_long" })
    .optional()
    .transform((value) => value || undefined);

/**
 * Filters of the staff audit log: who (an e-mail or user id), which organization, which target
 * (type and/or id), which action (exact, or a prefix ending in "." such as "payment."), which
 * days (UTC, both ends included). Empty values mean "any".
 */
export const auditQuerySchema = z
  .object({
    actor: optionalText(200),
    organizationId: z.uuid({ error: "invalid" }).optional().or(z.literal("").transform(() => undefined)),
    targetType: optionalText(60),
    targetId: optionalText(100),
    action: optionalText(80),
    from: calendarDateSchema.optional().or(z.literal("").transform(() => undefined)),
    to: calendarDateSchema.optional().or(z.literal("").transform(() => undefined)),
    page: z.coerce.number().int().min(1).max(10_000).catch(1),
    format: z.enum(["json", "csv"]).default("json"),
  })
  .refine((query) => !query.from || !query.to || query.from <= query.to, { path: ["to"], error: "settlement_period_reversed" });

export type AuditQuery = z.infer<typeof auditQuerySchema>;
