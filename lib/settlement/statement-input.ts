import { z } from "zod";
import { calendarDateSchema } from "@/lib/forms/calendar-date-schema";
import { currencyCodes, type CurrencyCode } from "@/lib/money/currencies";


/** A statement request: one organization, one currency, a period of whole UTC days (both ends included). */
export const statementQuerySchema = z
  .object({
    currency: z.enum(currencyCodes as [CurrencyCode, ...CurrencyCode[]], { error: "currency_not_allowed" }),
    from: calendarDateSchema,
    to: calendarDateSchema,
    /** Hub staff only: whose statement. */
    organizationId: z.uuid({ error: "invalid" }).optional(),
    format: z.enum(["json", "csv", "pdf"]).default("json"),
  })
  .refine((query) => query.from <= query.to, { path: ["to"], error: "settlement_period_reversed" });

export type StatementQuery = z.infer<typeof statementQuerySchema>;
