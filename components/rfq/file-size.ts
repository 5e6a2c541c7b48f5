import type { Locale } from "@/lib/i18n/config";
import { formatNumber } from "@/lib/i18n/format";

/** "820 KB", "4,2 MB" in the locale's own unit names. */
export function formatFileSize(locale: Locale, bytes: number): string {
  if (bytes < 1024 * 1024) return formatNumber(locale, Math.max(1, Math.round(bytes / 1024)), { style: "unit", unit: "kilobyte" });
  return formatNumber(locale, bytes / (1024 * 1024), { style: "unit", unit: "megabyte", maximumFractionDigits: 1 });
}
