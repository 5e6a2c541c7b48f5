export const locales = ["en", "ru", "kk", "uz", "zh"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "en";
export const localeCookie = "karavan_locale";

/** UI text namespaces: one file per namespace in locales/<lng>/<ns>.json. */
export const namespaces = ["common", "home", "auth", "account", "dashboard", "errors", "catalog", "console", "review", "developers", "imports", "media", "notifications", "rfq", "orders", "fx", "settlement", "verification", "disputes", "trust", "audit"] as const;
export type Namespace = (typeof namespaces)[number];

/** The name of each language written in that language, for the switcher. */
export const localeNames: Record<Locale, string> = {
  en: "English",
  ru: "Русский",
  kk: "Қазақша",
  uz: "Oʻzbekcha",
  zh: "中文",
};

/** BCP 47 tags handed to Intl: Kazakh in Cyrillic, Uzbek in Latin, Simplified Chinese. */
export const intlLocale: Record<Locale, string> = {
  en: "en-GB",
  ru: "ru-RU",
  kk: "kk-KZ",
  uz: "uz-Latn-UZ",
  zh: "zh-Hans-CN",
};

/**
 * For people-written text (titles, descriptions) shown in a locale it was not written in:
 * which locales to try next. Russian is the lingua franca on the Central Asian side of the
 * corridor, Chinese on the supplier side; English bridges the two.
 */
export const contentFallbacks: Record<Locale, Locale[]> = {
  en: ["en", "ru", "zh", "kk", "uz"],
  ru: ["ru", "en", "kk", "uz", "zh"],
  kk: ["kk", "ru", "en", "uz", "zh"],
  uz: ["uz", "ru", "en", "kk", "zh"],
  zh: ["zh", "en", "ru", "kk", "uz"],
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}
