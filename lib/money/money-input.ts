import { z } from "zod";
import { currencyCodes, type CurrencyCode } from "./currencies";
import { decimalToMinor } from "./decimal";

/**
 * Money as the API takes it: `{ "amount": "1234.50", "currency": "KZT" }` — a decimal string in
 * major units, never a number, with no more decimals than the currency has ("12.345 CNY" is an
 * error, not a rounding). Parses to integer minor units.
 */
export function moneyInputSchema(allowed: readonly CurrencyCode[] = currencyCodes) {
  return z
    .object({
      amount: z.string({ error: "price_invalid" }).trim().regex(/^\d{1,13}(\.\d+)?$/, { error: "price_invalid" }),
      currency: z.enum(allowed as [CurrencyCode, ...CurrencyCode[]], { error: "currency_not_allowed" }),
    })
    .transform((money, ctx) => {
      const minor = decimalToMinor(money.amount, money.currency);
      if (minor === null) {
        ctx.addIssue({ code: "custom", path: ["amount"], message: "price_too_precise" });
        return z.NEVER;
      }
      if (minor <= 0n) {
        ctx.addIssue({ code: "custom", path: ["amount"], message: "price_invalid" });
        return z.NEVER;
      }
      return { minor, currency: money.currency };
    });
}

export type MoneyInput = { minor: bigint; currency: CurrencyCode };
