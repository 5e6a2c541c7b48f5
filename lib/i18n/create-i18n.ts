import { createInstance, type i18n } from "i18next";
import { defaultLocale, namespaces, type Locale } from "./config";
import { resources } from "./resources";

/**
 * A new i18next instance fixed to one locale. Both the server (one per locale, reused — the
 * instance is never mutated after init) and the client provider build theirs here so they
 * format and pluralise identically.
 */
export function createI18n(locale: Locale): i18n {
  const instance = createInstance();
  void instance.init({
    lng: locale,
    fallbackLng: defaultLocale,
    ns: [...namespaces],
    defaultNS: "common",
    resources: { [locale]: resources[locale], ...(locale === defaultLocale ? {} : { [defaultLocale]: resources[defaultLocale] }) },
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}
