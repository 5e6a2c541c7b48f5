import { z } from "zod";
import { calendarDateSchema } from "@/lib/forms/calendar-date-schema";
import { currencyCodes } from "@/lib/money/currencies";
import { amountMessages, moneyInputSchema } from "@/lib/money/money-input";

/**
 * An incoming bank transfer as finance staff read it off the bank statement. The value date
 * may not be in the future (a day of slack for time zones) nor before the platform existed.
 */
export const bankTransferInputSchema = z.object({
  paymentReference: z.string({ error: "required" }).trim().min(1, { error: "required" }).max(200, { error: "too_long" }),
  amount: moneyInputSchema(currencyCodes, amountMessages),
  bankReference: z.string({ error: "required" }).trim().min(3, { error: "too_short" }).max(64, { error: "too_long" }),
  valueDate: calendarDateSchema
    .refine((value) => Date.parse(`${value}T00:00:00Z`) <= Date.now() + 86_400_000, { error: "settlement_value_date_future" })
    .refine((value) => value >= "2020-01-01", { error: "date_invalid" }),
  payerName: z.string().trim().max(200, { error: "too_long" }).optional(),
});

export type BankTransferInput = z.infer<typeof bankTransferInputSchema>;
