import { z } from "zod";
import { contentFallbacks, type Locale } from "@/lib/i18n/config";

export const categoryNamesSchema = z.object({
  en: z.string().min(1),
  ru: z.string().min(1),
  kk: z.string().min(1),
  uz: z.string().min(1),
  zh: z.string().min(1),
});
export type CategoryNames = z.infer<typeof categoryNamesSchema>;

/** The category's name in the locale, following the fallback chain if a name is missing. */
export function categoryName(names: unknown, locale: Locale): string {
  const record = (names ?? {}) as Partial<Record<Locale, string>>;
  for (const candidate of contentFallbacks[locale]) {
    const name = record[candidate];
    if (name) return name;
  }
  return "";
}
