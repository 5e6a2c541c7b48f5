import { z } from "zod";
import { AppError, type FieldErrors } from "@/lib/errors/app-error";
import { currencyCodes, type CurrencyCode } from "@/lib/money/currencies";
import { normalizeRate } from "./parse-rate";
import { parseFxTimestamp } from "./parse-fx-timestamp";

/** How far ahead a rate may be dated: tomorrow's fixing, entered today. */
export const maxFutureEffectiveMs = 24 * 3_600_000;

/*
 * Messages are keys in the `fx` namespace ("fx:field.…"), resolved by the same `t` that
 * translates the errors namespace, so forms and the REST API show them in the caller's
 * language without entries in errors.json.
 */
const currency = z.enum(currencyCodes as [CurrencyCode, ...CurrencyCode[]], { error: "fx:field.currency_unknown" });

/** One FX rate as finance enters it (form, REST, a CSV line): 1 base = rate quote. */
export const fxRateInputSchema = z
  .object({
    base: currency,
    quote: currency,
    rate: z
      .string({ error: "fx:field.rate_required" })
      .trim()
      .min(1, { error: "fx:field.rate_required" })
      .refine((value) => normalizeRate(value) !== null, { error: "fx:field.rate_invalid" })
      .transform((value) => normalizeRate(value) ?? value),
    source: z.string({ error: "fx:field.source_required" }).trim().min(1, { error: "fx:field.source_required" }).max(80, { error: "fx:field.source_too_long" }),
    effectiveAt: z
      .string({ error: "fx:field.effective_at_invalid" })
      .trim()
      .refine((value) => parseFxTimestamp(value) !== null, { error: "fx:field.effective_at_invalid" })
      .transform((value) => parseFxTimestamp(value) ?? new Date(Number.NaN))
      .refine((date) => date.getTime() <= Date.now() + maxFutureEffectiveMs, { error: "fx:field.effective_at_future" })
      .optional(),
  })
  .refine((input) => input.base !== input.quote, { path: ["quote"], error: "fx:field.same_currency" });

export type FxRateInput = z.output<typeof fxRateInputSchema>;

/** Zod issues → field → message key, every key in the `fx` namespace. */
export function fxFieldErrors(error: z.ZodError): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of error.issues) {
    const field = issue.path.join(".") || "_form";
    fields[field] ??= issue.message.startsWith("fx:") ? issue.message : "fx:field.invalid";
  }
  return fields;
}

/** Parses or throws VALIDATION_FAILED with per-field message keys. */
export function parseFxRateInput(raw: unknown): FxRateInput {
  const result = fxRateInputSchema.safeParse(raw);
  if (!result.success) throw new AppError("VALIDATION_FAILED", "FX rate is invalid", { fields: fxFieldErrors(result.error) });
  return result.data;
}
