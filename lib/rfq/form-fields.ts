import type { FieldErrors } from "@/lib/errors/app-error";
import type { Locale } from "@/lib/i18n/config";
import { parseLocaleDecimal } from "@/lib/i18n/parse-decimal";

/**
 * Shared readers for the RFQ, quote and counter-offer forms. Each records what it cannot read
 * on its field (as an errors key) and otherwise leaves judging the value to the schema.
 */
export function formReader(form: FormData, locale: Locale, errors: FieldErrors) {
  const text = (name: string) => String(form.get(name) ?? "").trim();
  return {
    text,
    /** A non-empty trimmed text, or undefined (the schema's optional fields). */
    optionalText: (name: string) => text(name) || undefined,
    /** Every non-empty value of a repeated field, e.g. the ids of uploaded attachments. */
    list: (name: string) => [...new Set(form.getAll(name).map((value) => String(value).trim()).filter(Boolean))],
    /** "1 000" in ru → 1000; empty → undefined; anything else is reported on the field. */
    integer(name: string, field = name): number | undefined {
      const value = text(name);
      if (!value) return undefined;
      const parsed = parseLocaleDecimal(value, locale);
      if (parsed === null || !/^\d+$/.test(parsed)) {
        errors[field] = "field.quantity_invalid";
        return undefined;
      }
      return Number(parsed);
    },
    /** "1 234,50" in ru → "1234.50" (a decimal string, never a float); empty → undefined. */
    decimal(name: string, field = name): string | undefined {
      const value = text(name);
      if (!value) return undefined;
      const parsed = parseLocaleDecimal(value, locale);
      if (parsed === null || parsed.startsWith("-")) {
        errors[field] = "field.price_invalid";
        return value;
      }
      return parsed;
    },
  };
}

/**
 * The browser's `Date#getTimezoneOffset()` (minutes behind UTC: -300 in Almaty) as an ISO
 * offset ("+05:00"). A missing or absurd value means UTC — a form posted without JavaScript.
 */
export function isoOffset(offsetMinutes: string | number | undefined | null): string {
  const minutes = Number(offsetMinutes);
  if (offsetMinutes === "" || offsetMinutes == null || !Number.isInteger(minutes) || Math.abs(minutes) > 14 * 60) return "Z";
  if (minutes === 0) return "Z";
  const ahead = -minutes;
  const abs = Math.abs(ahead);
  return `${ahead >= 0 ? "+" : "-"}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
}

/**
 * A `datetime-local` value ("2026-12-14T18:00") read in the user's time zone → an ISO datetime
 * with that offset ("2026-12-14T18:00:00+05:00"). Null when the value is not a local datetime.
 */
export function localDateTimeToIso(local: string, offsetMinutes: string | number | undefined | null): string | null {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(local.trim());
  if (!match) return null;
  const [, date, hours, minutes, seconds = "00"] = match;
  const iso = `${date}T${hours}:${minutes}:${seconds}${isoOffset(offsetMinutes)}`;
  return Number.isNaN(new Date(iso).getTime()) ? null : iso;
}

/** A date ("2027-01-31") as the end of that day in the user's time zone. */
export function endOfLocalDayIso(date: string, offsetMinutes: string | number | undefined | null): string | null {
  return /^\d{4}-\d{2}-\d{2}$/.test(date.trim()) ? localDateTimeToIso(`${date.trim()}T23:59:59`, offsetMinutes) : null;
}
