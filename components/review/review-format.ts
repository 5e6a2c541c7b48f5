import type { TFunction } from "i18next";
import { intlLocale, type Locale } from "@/lib/i18n/config";
import { formatMoney, formatNumber } from "@/lib/i18n/format";
import { isCurrencyCode } from "@/lib/money/currencies";
import { decimalToMinor } from "@/lib/money/decimal";

/** Language and country names come from Intl, never from hand-made lists. */
export function languageName(locale: Locale, code: string): string {
  return new Intl.DisplayNames([intlLocale[locale]], { type: "language" }).of(code) ?? code;
}

export function countryList(locale: Locale, codes: readonly string[]): string {
  const regions = new Intl.DisplayNames([intlLocale[locale]], { type: "region" });
  return new Intl.ListFormat(intlLocale[locale], { type: "conjunction" }).format(codes.map((code) => regions.of(code) ?? code));
}

/** "chapter 93" or "heading 2939", by the length of the matched HS prefix. */
export function hsWhere(t: TFunction, prefix: string): string {
  return t(prefix.length <= 2 ? "flags.hs_chapter" : "flags.hs_heading", { code: prefix });
}

/** A decimal price string as the supplier wrote it ("12.40"), formatted for the reader. */
export function formatDecimalPrice(locale: Locale, amount: string, currency: string): string {
  const minor = isCurrencyCode(currency) ? decimalToMinor(amount, currency) : null;
  return minor !== null && isCurrencyCode(currency) ? formatMoney(locale, minor, currency) : `${amount} ${currency}`;
}

export function formatTiers(locale: Locale, t: TFunction, currency: string, tiers: { minQty: number; unitPrice: string }[]): string {
  return tiers.map((tier) => t("diff.tier", { quantity: formatNumber(locale, tier.minQty), price: formatDecimalPrice(locale, tier.unitPrice, currency) })).join("; ");
}
