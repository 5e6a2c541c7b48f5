const pattern = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?)?(Z|[+-]\d{2}:\d{2})?$/;

/**
 * When a rate takes effect, as finance and ERPs write it: ISO 8601 with an offset
 * ("2026-11-28T09:30:00Z", "2026-11-28T14:30+05:00"), or without one — a form's
 * datetime-local value, a CSV cell "2026-11-28 14:30", a bare date — which is read as UTC,
 * the time zone the FX page shows. Impossible dates (30 February) are refused, not rolled over.
 */
export function parseFxTimestamp(text: string): Date | null {
  const match = pattern.exec(text.trim());
  if (!match) return null;
  const [, year, month, day, hour = "00", minute = "00", second = "00", millis = "0", zone = "Z"] = match;
  const [y, mo, d, h, mi, s] = [year, month, day, hour, minute, second].map(Number) as [number, number, number, number, number, number];
  const local = new Date(Date.UTC(y, mo - 1, d, h, mi, s, Number(millis.padEnd(3, "0"))));
  if (local.getUTCFullYear() !== y || local.getUTCMonth() !== mo - 1 || local.getUTCDate() !== d || h > 23 || mi > 59 || s > 59) return null;
  if (zone === "Z") return local;
  const sign = zone.startsWith("-") ? -1 : 1;
  const [zoneHours, zoneMinutes] = zone.slice(1).split(":").map(Number) as [number, number];
  if (zoneHours > 14 || zoneMinutes > 59) return null;
  return new Date(local.getTime() - sign * (zoneHours * 60 + zoneMinutes) * 60_000);
}
