import { intlLocale, type Locale } from "@/lib/i18n/config";

/**
 * A rate's decimal string in the locale's digits and separators ("12185.5" → "12 185,5" in
 * ru), every digit kept: Intl reads a decimal string exactly, unlike a Number.
 */
export function formatRateForLocale(locale: Locale, decimal: string): string {
  const fraction = decimal.split(".")[1]?.length ?? 0;
  const formatter = new Intl.NumberFormat(intlLocale[locale], { minimumFractionDigits: fraction, maximumFractionDigits: fraction });
  // ECMA-402 formats a numeric string exactly; TypeScript's lib only declares number | bigint.
  return formatter.format(decimal as unknown as number);
}

/** "1 USD = 518,4 KZT": the way a rate is written everywhere in the UI. */
export function describeRate(locale: Locale, base: string, quote: string, decimal: string): string {
  return `1 ${base} = ${formatRateForLocale(locale, decimal)} ${quote}`;
}
