import type { Locale } from "@/lib/i18n/config";
import { formatMoney, formatNumber } from "@/lib/i18n/format";
import { isCurrencyCode } from "@/lib/money/currencies";

/** Money of an order: its currency column is free text in the database, so unknown codes are shown as stored. */
export function orderMoney(locale: Locale, minor: bigint, currency: string): string {
  return isCurrencyCode(currency) ? formatMoney(locale, minor, currency) : `${formatNumber(locale, minor)} ${currency}`;
}
