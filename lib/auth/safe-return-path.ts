import { isLocale } from "@/lib/i18n/config";

/**
 * A `next=` parameter is only followed when it is a path on this site (not `//evil.example`
 * or `https://…`), so the sign-in page cannot be used as an open redirect.
 */
export function safeReturnPath(value: unknown): string | null {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.includes("\\")) return null;
  if (/[\u0000-\u001f]/.test(value)) return null;
  const firstSegment = value.split("/")[1] ?? "";
  return isLocale(firstSegment) ? value : null;
}
