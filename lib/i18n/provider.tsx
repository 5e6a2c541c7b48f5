"use client";

import { useState, type ReactNode } from "react";
import { I18nextProvider } from "react-i18next";
import type { Locale } from "./config";
import { createI18n } from "./create-i18n";

/** Gives client components `useTranslation()` for the page's locale. */
export function I18nProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  const [instance] = useState(() => createI18n(locale));
  return <I18nextProvider i18n={instance}>{children}</I18nextProvider>;
}
