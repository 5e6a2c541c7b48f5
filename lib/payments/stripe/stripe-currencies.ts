import { currencyExponent, isCurrencyCode, type CurrencyCode } from "@/lib/money/currencies";

/** The Checkout payment method types we offer; Stripe filters them further by the account's settings. */
export type StripeMethod = "card" | "alipay" | "wechat_pay";

/**
 * Which invoice currencies Stripe may charge, and how. Sources (Stripe's documentation):
 * - docs.stripe.com/currencies — presentment currencies for cards. CNY, USD, EUR, KZT, UZS, KGS
 *   and TJS are all listed, none is zero-decimal, three-decimal or one of the "special cases"
 *   (ISK, HUF, TWD, UGX), so Stripe's minor unit is the ISO one: 2 decimals, as ours are. The
 *   `exponent` column restates Stripe's view so that a change to lib/money/currencies cannot
 *   silently charge 100× too much or too little: mismatched currencies are refused below.
 * - docs.stripe.com/payments/alipay — presentment CNY, AUD, CAD, EUR, GBP, HKD, JPY, SGD, MYR,
 *   NZD, USD; docs.stripe.com/payments/wechat-pay — CNY, AUD, CAD, EUR, GBP, HKD, JPY, SGD, USD,
 *   DKK, NOK, SEK, CHF. Both "depending on business location", so only CNY, USD and EUR, which
 *   every eligible location offers, get the wallets.
 * - RUB is refused although Stripe lists it: Stripe does not serve Russia, does not take Mir
 *   and blocks sanctioned Russian banks (support.stripe.com "Impact of sanctions on Russia and
 *   Belarus"), so a RUB charge would mostly fail after the buyer typed their card.
 *
 * Where Stripe cannot charge the invoice currency we do NOT convert to USD at today's rate:
 * the buyer would carry an FX risk the invoice never showed and finance would reconcile two
 * currencies. The buyer is told to pay that invoice by bank transfer instead
 * (settlement:errors.stripe_currency_unsupported).
 */
const stripeCurrencies: Record<CurrencyCode, { exponent: number; methods: readonly StripeMethod[] } | null> = {
  CNY: { exponent: 2, methods: ["card", "alipay", "wechat_pay"] },
  USD: { exponent: 2, methods: ["card", "alipay", "wechat_pay"] },
  EUR: { exponent: 2, methods: ["card", "alipay", "wechat_pay"] },
  KZT: { exponent: 2, methods: ["card"] },
  UZS: { exponent: 2, methods: ["card"] },
  KGS: { exponent: 2, methods: ["card"] },
  TJS: { exponent: 2, methods: ["card"] },
  RUB: null,
};

/**
 * Stripe takes at most eight digits in `amount` for these currencies (99,999,999 minor units,
 * e.g. 999,999.99 USD — the `amount` field's documentation in the API reference and the SDK). Larger invoices — common
 * in KZT or UZS — go by bank transfer.
 */
export const stripeMaxAmountMinor = 99_999_999n;

/** The payment method types for an invoice in `currency`, or null when Stripe must not charge it. */
export function stripeMethodsFor(currency: string): readonly StripeMethod[] | null {
  if (!isCurrencyCode(currency)) return null;
  const entry = stripeCurrencies[currency];
  if (!entry || entry.exponent !== currencyExponent[currency]) return null;
  return entry.methods;
}

/** Our ISO code as Stripe writes it (lower case). */
export function toStripeCurrency(currency: CurrencyCode): string {
  return currency.toLowerCase();
}

/** Stripe's lower-case code back to ours, or null for a currency we do not keep accounts in. */
export function fromStripeCurrency(currency: string | null | undefined): CurrencyCode | null {
  const upper = (currency ?? "").toUpperCase();
  return isCurrencyCode(upper) ? upper : null;
}
