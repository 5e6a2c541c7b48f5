/**
 * The browser's offset from UTC (`Date#getTimezoneOffset`, minutes) at a local date and time,
 * sent with a form so the server reads "18:00" as the user's 18:00 — including across a
 * daylight-saving change between today and that date.
 */
export function timeZoneOffsetAt(localDateTime: string): string {
  const at = new Date(localDateTime);
  return String((Number.isNaN(at.getTime()) ? new Date() : at).getTimezoneOffset());
}
