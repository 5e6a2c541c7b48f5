import type { Metadata } from "next";
import { AuditFilterForm } from "@/components/audit/audit-filter-form";
import { AuditTable } from "@/components/audit/audit-table";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button-styles";
import { PageHeader } from "@/components/ui/page-header";
import { Pager } from "@/components/ui/pager";
import { requirePageActor } from "@/lib/auth/page-guards";
import { listAuditEvents } from "@/lib/audit/list-audit-events";
import { verifyAuditChain } from "@/lib/audit/verify-audit-chain";
import { db } from "@/lib/db/client";
import { isAppError } from "@/lib/errors/app-error";
import { formatDateTime, formatNumber } from "@/lib/i18n/format";
import { getT, resolveLocale } from "@/lib/i18n/server";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: getT(await resolveLocale(params), "audit")("title") };
}

/** The audit log for hub administrators and moderators: filters, the chain's state, CSV export. Works without JavaScript. */
export default async function AuditPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const actor = await requirePageActor(locale, `/${locale}/hub/audit`, "audit:read");
  const t = getT(locale, "audit");
  const raw = Object.fromEntries(Object.entries(await searchParams).flatMap(([key, value]) => (typeof value === "string" ? [[key, value]] : [])));
  let fieldErrors: Record<string, string> = {};
  let page: Awaited<ReturnType<typeof listAuditEvents>> | null = null;
  try {
    page = await listAuditEvents(db(), actor, raw);
  } catch (error) {
    if (!isAppError(error) || error.code !== "VALIDATION_FAILED") throw error;
    const te = getT(locale, "errors");
    fieldErrors = Object.fromEntries(Object.entries(error.details.fields ?? {}).map(([field, key]) => [field, te(key)]));
  }
  const chain = await verifyAuditChain(db());
  const href = (overrides: Record<string, string>) => `/${locale}/hub/audit?${new URLSearchParams({ ...raw, ...overrides }).toString()}`;
  const exportHref = `/api/v1/audit-events?${new URLSearchParams({ ...raw, format: "csv" }).toString()}`;

  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} description={t("description")} actions={<a href={exportHref} className={buttonClass.secondary}>{t("export_csv")}</a>} />
      {chain.firstBreak ? (
        <Alert kind="error">{t("chain.broken", { id: chain.firstBreak.eventId.toString(), action: chain.firstBreak.action, time: formatDateTime(locale, chain.firstBreak.occurredAt) })}</Alert>
      ) : (
        <p className="rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-900" data-testid="audit-chain-status">
          {t("chain.intact", { count: chain.events, formatted: formatNumber(locale, chain.events) })}
        </p>
      )}
      <AuditFilterForm locale={locale} values={raw} errors={fieldErrors} />
      {page ? (
        <>
          <p className="text-sm text-slate-700">{t("found", { count: page.total, formatted: formatNumber(locale, page.total) })}</p>
          <AuditTable locale={locale} page={page} />
          <Pager
            label={t("pages")}
            status={t("page_of", { page: formatNumber(locale, page.query.page), pages: formatNumber(locale, page.pages) })}
            previous={{ label: t("previous"), href: page.query.page > 1 ? href({ page: String(page.query.page - 1) }) : null }}
            next={{ label: t("next"), href: page.query.page < page.pages ? href({ page: String(page.query.page + 1) }) : null }}
          />
        </>
      ) : null}
    </div>
  );
}
