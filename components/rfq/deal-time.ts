import type { TFunction } from "i18next";
import type { Locale } from "@/lib/i18n/config";
import { formatRelativeAge } from "@/lib/i18n/format";

/**
 * The time zone deal times are shown in: the viewer's company's. Buyers and suppliers read
 * "closes 14 Dec, 18:00" in their own office hours; anyone else reads UTC.
 */
const timeZoneByCountry: Record<string, string> = {
  KZ: "Asia/Almaty",
  UZ: "Asia/Tashkent",
  KG: "Asia/Bishkek",
  TJ: "Asia/Dushanbe",
  RU: "Europe/Moscow",
  CN: "Asia/Shanghai",
};

export function timeZoneFor(country: string | undefined): string {
  return (country && timeZoneByCountry[country]) || "UTC";
}

/** "closes in 5 days", "closes in 3 hours", or "closed 2 days ago". */
export function expiryText(t: TFunction, locale: Locale, expiresAt: Date, now: Date): string {
  const ms = expiresAt.getTime() - now.getTime();
  if (ms <= 0) return t("expiry.closed", { age: formatRelativeAge(locale, expiresAt, now) });
  const hours = Math.ceil(ms / 3_600_000);
  if (hours <= 48) return t("expiry.in_hours", { count: hours });
  return t("expiry.in_days", { count: Math.floor(ms / 86_400_000) });
}

/** "YYYY-MM-DD" of an instant in a time zone: the value of a date input. */
export function dateInputValue(date: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(date);
}

/** "YYYY-MM-DDTHH:mm" of an instant in a time zone: the value of a datetime-local input. */
export function dateTimeInputValue(date: Date, timeZone: string): string {
  const parts = Object.fromEntries(new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).formatToParts(date).map((part) => [part.type, part.value]));
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}
