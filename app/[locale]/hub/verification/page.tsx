import type { Metadata } from "next";
import Link from "next/link";
import { OrganizationStatusBadge } from "@/components/verification/status-badges";
import { PageHeader } from "@/components/ui/page-header";
import { Pager } from "@/components/ui/pager";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { requirePageActor } from "@/lib/auth/page-guards";
import { db } from "@/lib/db/client";
import { formatDateTime, formatNumber, formatRelativeAge } from "@/lib/i18n/format";
import { getT, resolveLocale } from "@/lib/i18n/server";
import { listVerificationQueue } from "@/lib/verification/list-verification-queue";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ page?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: getT(await resolveLocale(params), "verification")("queue.title") };
}

export default async function VerificationQueuePage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const actor = await requirePageActor(locale, `/${locale}/hub/verification`, "verification:review");
  const t = getT(locale, "verification");
  const page = Math.max(1, Number((await searchParams).page) || 1);
  const now = new Date();
  const queue = await listVerificationQueue(db(), actor, page, now);
  const th = "px-3 py-2 text-left font-medium text-slate-700";
  return (
    <div className="space-y-6">
      <PageHeader
        title={t("queue.title")}
        description={
          <>
            {t("queue.description", { count: queue.total, formatted: formatNumber(locale, queue.total) })} {t("queue.sla", { hours: formatNumber(locale, queue.slaHours) })}
            {queue.overdue ? <strong className="font-semibold text-red-800"> {t("queue.overdue", { count: queue.overdue, formatted: formatNumber(locale, queue.overdue) })}</strong> : null}
          </>
        }
      />
      {queue.requests.length === 0 ? (
        <p className="rounded-xl border border-dashed border-slate-300 bg-white p-8 text-center text-slate-700">{t("queue.empty")}</p>
      ) : (
        <div className="rounded-xl border border-slate-200 bg-white">
          <h2 id="verification-queue-table" className="sr-only">
            {t("queue.table")}
          </h2>
          <ScrollRegion labelledBy="verification-queue-table">
            <table className="min-w-full divide-y divide-slate-200 text-sm">
              <thead className="bg-slate-50">
                <tr>
                  <th scope="col" className={th}>{t("queue.col_supplier")}</th>
                  <th scope="col" className={th}>{t("queue.col_type")}</th>
                  <th scope="col" className={th}>{t("queue.col_credit_code")}</th>
                  <th scope="col" className={`${th} text-right`}>{t("queue.col_files")}</th>
                  <th scope="col" className={th}>{t("queue.col_submitted")}</th>
                  <th scope="col" className={th}>{t("queue.col_waiting")}</th>
                  <th scope="col" className={th}>
                    <span className="sr-only">{t("queue.open")}</span>
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {queue.requests.map((request) => (
                  <tr key={request.id} className={request.overdue ? "bg-red-50/60" : undefined}>
                    <td className="px-3 py-2">
                      <span className="block font-medium text-slate-900">
                        {request.organization.name}{" "}
                        <span className={`ml-1 rounded-full px-2 py-0.5 text-xs font-medium ${request.organization.type === "BUYER" ? "bg-sky-100 text-sky-900" : "bg-slate-100 text-slate-800"}`}>{t(`queue.party.${request.organization.type === "BUYER" ? "BUYER" : "SUPPLIER"}`)}</span>
                      </span>
                      <span className="block text-xs text-slate-600">
                        {request.organization.legalName} · {request.organization.city}
                      </span>
                    </td>
                    <td className="px-3 py-2">
                      <span className="block">{t(request.renewal ? "queue.renewal" : "queue.first")}</span>
                      <OrganizationStatusBadge locale={locale} status={request.organization.verificationStatus} />
                    </td>
                    <td className="px-3 py-2 font-mono">{request.creditCode}</td>
                    <td className="px-3 py-2 text-right tabular-nums">{formatNumber(locale, request.documentCount)}</td>
                    <td className="whitespace-nowrap px-3 py-2">{formatDateTime(locale, request.submittedAt)}</td>
                    <td className="whitespace-nowrap px-3 py-2">
                      {formatRelativeAge(locale, request.submittedAt, now)}
                      {request.overdue ? <span className="ml-2 rounded-full bg-red-100 px-2 py-0.5 text-xs font-medium text-red-900">{t("queue.over_sla")}</span> : null}
                    </td>
                    <td className="px-3 py-2">
                      <Link href={`/${locale}/hub/verification/${request.id}`} className="font-medium text-brand-700 underline underline-offset-2" aria-label={t("queue.open_for", { name: request.organization.name })}>
                        {t("queue.open")}
                      </Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        </div>
      )}
      <Pager
        label={t("queue.pages")}
        previous={{ label: t("queue.previous"), href: page > 1 ? `/${locale}/hub/verification?page=${page - 1}` : null }}
        next={{ label: t("queue.next"), href: page < queue.pages ? `/${locale}/hub/verification?page=${page + 1}` : null }}
      />
    </div>
  );
}
