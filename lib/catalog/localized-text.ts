import { contentFallbacks, type Locale } from "@/lib/i18n/config";

/**
 * Picks the text for the reader's locale from per-locale text, following the fallback chain,
 * and says which locale it came from (so the page can note "shown in Chinese").
 */
export function pickLocalized(texts: unknown, locale: Locale): { text: string; locale: Locale } {
  const record = (texts ?? {}) as Partial<Record<Locale, string>>;
  for (const candidate of contentFallbacks[locale]) {
    const text = record[candidate];
    if (text) return { text, locale: candidate };
  }
  return { text: "", locale };
}
