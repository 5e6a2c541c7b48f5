import type { Locale } from "@/lib/i18n/config";
import { parseLocaleDecimal } from "@/lib/i18n/parse-decimal";

/**
 * What a finance user typed into the rate field, as a canonical decimal string for
 * validation. A plain "7.095" is taken as written in every locale: rates often have three
 * decimals, and reading the dot as a thousands separator (as ru/kk/uz number input may)
 * would record a rate a thousand times too high. Anything else goes through the locale's
 * number format ("12 185,5" in ru); input that is no number is passed on unchanged, so
 * validation names the problem.
 */
export function readRateField(input: string, locale: Locale): string {
  const text = input.trim();
  if (/^\d+\.\d+$/.test(text)) return text;
  return parseLocaleDecimal(text, locale) ?? text;
}
