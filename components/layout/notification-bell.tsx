import Link from "next/link";
import type { Locale } from "@/lib/i18n/config";
import { formatNumber } from "@/lib/i18n/format";
import { getT } from "@/lib/i18n/server";

/** The inbox link in the header: a bell with the unread count; the link's name says the count in words. */
export function NotificationBell({ locale, unread }: { locale: Locale; unread: number }) {
  const t = getT(locale, "notifications");
  const formatted = formatNumber(locale, unread);
  const label = unread > 0 ? t("bell.label_unread", { count: unread, formatted }) : t("bell.label");
  return (
    <Link
      href={`/${locale}/notifications`}
      aria-label={label}
      title={label}
      className="relative inline-flex h-9 w-9 items-center justify-center rounded-md border border-slate-300 text-slate-700 hover:bg-slate-50"
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5 fill-none stroke-current" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round">
        <path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
        <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
      </svg>
      {unread > 0 ? (
        <span aria-hidden="true" className="absolute -right-2 -top-2 min-w-5 rounded-full bg-red-700 px-1 text-center text-[11px] font-bold leading-5 text-white tabular-nums">
          {unread > 99 ? `${formatNumber(locale, 99)}+` : formatted}
        </span>
      ) : null}
    </Link>
  );
}
