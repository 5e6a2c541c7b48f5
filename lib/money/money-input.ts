import { z } from "zod";
import { currencyCodes, type CurrencyCode } from "./currencies";
import { decimalToMinor } from "./decimal";

/**
 * Money as the API takes it: `{ "amount": "1234.50", "currency": "KZT" }` — a decimal string in
 * major units, never a number, with no more decimals than the currency has ("12.345 CNY" is an
 * error, not a rounding). Parses to integer minor units.
 */
/** Field-error keys for prices (catalog, quotes) and for amounts of money received or paid out. */
const priceMessages = { invalid: "price_invalid", tooPrecise: "price_too_precise", currency: "currency_not_allowed" };
export const amountMessages = { invalid: "amount_invalid", tooPrecise: "amount_too_precise", currency: "currency_unsupported" };

export function moneyInputSchema(allowed: readonly CurrencyCode[] = currencyCodes, messages: { invalid: string; tooPrecise: string; currency: string } = priceMessages) {
  return z
    .object({
      amount: z.string({ error: messages.invalid }).trim().regex(/^\d{1,13}(\.\d+)?$/, { error: messages.invalid }),
      currency: z.enum(allowed as [CurrencyCode, ...CurrencyCode[]], { error: messages.currency }),
    })
    .transform((money, ctx) => {
      const minor = decimalToMinor(money.amount, money.currency);
      if (minor === null) {
        ctx.addIssue({ code: "custom", path: ["amount"], message: messages.tooPrecise });
        return z.NEVER;
      }
      if (minor <= 0n) {
        ctx.addIssue({ code: "custom", path: ["amount"], message: messages.invalid });
        return z.NEVER;
      }
      return { minor, currency: money.currency };
    });
}

export type MoneyInput = { minor: bigint; currency: CurrencyCode };
