import type { TFunction } from "i18next";
import { defaultLocale, isLocale, type Locale } from "@/lib/i18n/config";
import { createI18n } from "@/lib/i18n/create-i18n";
import { formatMoney } from "@/lib/i18n/format";
import { isCurrencyCode } from "@/lib/money/currencies";
import { isNotificationType, translatedParameters } from "./notification-types";

const translators = new Map<Locale, TFunction>();

/**
 * `t` of the notifications namespace for one locale. Built here rather than through
 * lib/i18n/server.ts because notifications are also rendered by the outbox worker, the CLI and
 * tests, outside a request; each instance is fixed to its locale and never mutated.
 */
export function notificationT(locale: Locale): TFunction {
  let t = translators.get(locale);
  if (!t) {
    t = createI18n(locale).getFixedT(locale, "notifications");
    translators.set(locale, t);
  }
  return t;
}

/** A stored locale preference as a supported locale (older or hand-edited rows fall back to English). */
export function recipientLocale(value: string | null | undefined): Locale {
  return isLocale(value) ? value : defaultLocale;
}

export type NotificationText = { title: string; body: string };

/**
 * The title (also the e-mail subject) and body of a notification in one language. Types that
 * are no longer in the catalog still render, with a generic text, so old rows never break the
 * inbox.
 */
export function renderNotificationText(locale: Locale, type: string, data: unknown): NotificationText {
  const t = notificationT(locale);
  if (!isNotificationType(type)) return { title: t("unknown.subject"), body: t("unknown.body") };
  const values: Record<string, string> = {};
  for (const [name, value] of Object.entries(data && typeof data === "object" ? data : {})) {
    const subtree = translatedParameters[name];
    values[name] = subtree ? t(`${subtree}.${String(value)}`, { defaultValue: String(value) }) : String(value);
  }
  if (values.amountMinor && isCurrencyCode(values.currency)) values.amount = formatMoney(locale, BigInt(values.amountMinor), values.currency);
  return { title: t(`${type}.subject`, values), body: t(`${type}.body`, values) };
}

/** Where a notification leads, in one locale: `/ru/rfqs/…`. */
export function localizedLink(locale: Locale, link: string | null): string | null {
  return link ? `/${locale}${link}` : null;
}
