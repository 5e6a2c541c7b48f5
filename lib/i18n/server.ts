import "server-only";
import type { TFunction } from "i18next";
import type { i18n } from "i18next";
import { notFound } from "next/navigation";
import { isLocale, type Locale, type Namespace } from "./config";
import { createI18n } from "./create-i18n";

const instances = new Map<Locale, i18n>();

function instanceFor(locale: Locale): i18n {
  let instance = instances.get(locale);
  if (!instance) {
    instance = createI18n(locale);
    instances.set(locale, instance);
  }
  return instance;
}

/**
 * A `t` bound to one locale and namespace. Each call returns a fixed function, so concurrent
 * requests in different languages never share a mutable `language` (the classic i18next
 * server-side race).
 */
export function getT(locale: Locale, ns: Namespace = "common"): TFunction {
  return instanceFor(locale).getFixedT(locale, ns);
}

/** Validates the `[locale]` route segment; an unknown locale is a 404. */
export async function resolveLocale(params: Promise<{ locale: string }>): Promise<Locale> {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return locale;
}
