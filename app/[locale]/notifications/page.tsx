import type { Metadata } from "next";
import Link from "next/link";
import { markAllNotificationsReadAction, openNotificationAction } from "@/app/actions/notifications";
import { buttonClass } from "@/components/ui/button-styles";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageActor } from "@/lib/auth/page-guards";
import { db } from "@/lib/db/client";
import { formatDateTime, formatNumber, formatRelativeAge } from "@/lib/i18n/format";
import { getT, resolveLocale } from "@/lib/i18n/server";
import { listNotifications } from "@/lib/notify/list-notifications";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ unread?: string; page?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: getT(await resolveLocale(params), "notifications")("title") };
}

export default async function NotificationsPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const actor = await requirePageActor(locale, `/${locale}/notifications`);
  const t = getT(locale, "notifications");
  const { unread: unreadParam, page: pageParam } = await searchParams;
  const inbox = await listNotifications(db(), actor, { unread: unreadParam, page: pageParam, locale });
  const unreadOnly = inbox.query.unread === "true";
  const page = inbox.query.page;
  const now = new Date();
  const pageHref = (target: number) => `/${locale}/notifications?${new URLSearchParams({ ...(unreadOnly ? { unread: "true" } : {}), page: String(target) })}`;
  const filters = [
    { href: `/${locale}/notifications`, label: t("inbox.all"), current: !unreadOnly },
    { href: `/${locale}/notifications?unread=true`, label: t("inbox.unread"), current: unreadOnly },
  ];
  return (
    <div className="space-y-6">
      <PageHeader
        title={t("title")}
        description={inbox.unread > 0 ? t("summary", { count: inbox.unread, formatted: formatNumber(locale, inbox.unread) }) : t("summary_none")}
        actions={
          inbox.unread > 0 ? (
            <form action={markAllNotificationsReadAction.bind(null, locale)}>
              <button type="submit" className={buttonClass.secondary}>
                {t("inbox.mark_all_read")}
              </button>
            </form>
          ) : null
        }
      />
      <nav aria-label={t("inbox.filter")} className="flex gap-1 border-b border-slate-200">
        {filters.map((filter) => (
          <Link
            key={filter.href}
            href={filter.href}
            aria-current={filter.current ? "page" : undefined}
            className={`whitespace-nowrap border-b-2 px-4 py-2 text-sm font-medium ${filter.current ? "border-brand-700 text-brand-800" : "border-transparent text-slate-700 hover:text-slate-900"}`}
          >
            {filter.label}
          </Link>
        ))}
      </nav>
      {inbox.notifications.length === 0 ? (
        <p className="rounded-xl border border-dashed border-slate-300 bg-white p-8 text-center text-slate-700">{unreadOnly ? t("inbox.empty_unread") : t("inbox.empty")}</p>
      ) : (
        <ol className="divide-y divide-slate-200 overflow-hidden rounded-xl border border-slate-200 bg-white">
          {inbox.notifications.map((notification) => (
            <li key={notification.id}>
              <form action={openNotificationAction.bind(null, locale, notification.id)}>
                <button
                  type="submit"
                  className={`flex w-full gap-3 px-4 py-3 text-left hover:bg-slate-50 focus-visible:bg-slate-50 ${notification.read ? "" : "bg-brand-50"}`}
                >
                  <span aria-hidden="true" className={`mt-2 h-2 w-2 shrink-0 rounded-full ${notification.read ? "bg-transparent" : "bg-brand-700"}`} />
                  <span className="min-w-0 flex-1">
                    <span className="flex flex-wrap items-baseline justify-between gap-x-3">
                      <span className={`text-slate-900 ${notification.read ? "font-medium" : "font-semibold"}`}>
                        {notification.read ? null : <span className="sr-only">{t("inbox.unread_marker")} </span>}
                        {notification.title}
                      </span>
                      <time dateTime={notification.createdAt.toISOString()} title={formatDateTime(locale, notification.createdAt)} className="shrink-0 text-xs text-slate-600">
                        {formatRelativeAge(locale, notification.createdAt, now)}
                      </time>
                    </span>
                    <span className="mt-0.5 block text-sm text-slate-700">{notification.body}</span>
                  </span>
                </button>
              </form>
            </li>
          ))}
        </ol>
      )}
      {inbox.pages > 1 ? (
        <nav aria-label={t("inbox.pages")} className="flex gap-3 text-sm">
          {page > 1 ? <Link className={buttonClass.link} href={pageHref(page - 1)}>{t("inbox.previous")}</Link> : null}
          {page < inbox.pages ? <Link className={buttonClass.link} href={pageHref(page + 1)}>{t("inbox.next")}</Link> : null}
        </nav>
      ) : null}
    </div>
  );
}
