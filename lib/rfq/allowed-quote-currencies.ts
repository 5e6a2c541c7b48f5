import type { CurrencyCode } from "@/lib/money/currencies";
import { localCurrency } from "@/lib/money/local-currency";

/** A supplier quotes in CNY, USD or the buyer's own currency. */
export function allowedQuoteCurrencies(buyerCountry: string): CurrencyCode[] {
  return [...new Set<CurrencyCode>(["CNY", "USD", localCurrency(buyerCountry)])];
}
