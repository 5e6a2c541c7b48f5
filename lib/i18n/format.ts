import { intlLocale, type Locale } from "./config";
import { currencyExponent, type CurrencyCode } from "@/lib/money/currencies";

/** Numbers, money and dates for the active locale — always through Intl, never by hand. */
export function formatNumber(locale: Locale, value: number | bigint, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(intlLocale[locale], options).format(value);
}

/**
 * Formats integer minor units without passing through a float: the decimal string is built
 * from the BigInt and handed to Intl as a string (exact for any size).
 */
export function formatMoney(locale: Locale, minorUnits: bigint, currency: CurrencyCode): string {
  const exponent: number = currencyExponent[currency];
  const negative = minorUnits < 0n;
  const digits = (negative ? -minorUnits : minorUnits).toString().padStart(exponent + 1, "0");
  const major = exponent === 0 ? digits : `${digits.slice(0, -exponent)}.${digits.slice(-exponent)}`;
  const formatter = new Intl.NumberFormat(intlLocale[locale], {
    style: "currency",
    currency,
    minimumFractionDigits: exponent,
    maximumFractionDigits: exponent,
  });
  // Intl accepts decimal strings exactly (ECMA-402 "StringNumericLiteral"), unlike Number.
  return formatter.format(`${negative ? "-" : ""}${major}` as unknown as number);
}

export function formatDate(locale: Locale, date: Date, options: Intl.DateTimeFormatOptions = { dateStyle: "medium" }): string {
  return new Intl.DateTimeFormat(intlLocale[locale], { timeZone: "UTC", ...options }).format(date);
}

export function formatDateTime(locale: Locale, date: Date, timeZone = "UTC"): string {
  return new Intl.DateTimeFormat(intlLocale[locale], { dateStyle: "medium", timeStyle: "short", timeZone }).format(date);
}

/** "3 hours ago", "2 days ago" in the locale: the largest whole unit of the age. */
export function formatRelativeAge(locale: Locale, since: Date, now: Date = new Date()): string {
  const seconds = Math.max(0, Math.round((now.getTime() - since.getTime()) / 1000));
  const format = new Intl.RelativeTimeFormat(intlLocale[locale], { numeric: "auto" });
  if (seconds < 60) return format.format(-seconds, "second");
  if (seconds < 3600) return format.format(-Math.floor(seconds / 60), "minute");
  if (seconds < 86_400) return format.format(-Math.floor(seconds / 3600), "hour");
  return format.format(-Math.floor(seconds / 86_400), "day");
}
