import type { Metadata } from "next";
import Link from "next/link";
import { Pager } from "@/components/ui/pager";
import { forbidden } from "next/navigation";
import { expiryText } from "@/components/rfq/deal-time";
import { rfqSideOf, type RfqSide } from "@/components/rfq/rfq-side";
import { QuoteStatusBadge, RfqStatusBadge } from "@/components/rfq/status-badges";
import { buttonClass } from "@/components/ui/button-styles";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageActor } from "@/lib/auth/page-guards";
import { db } from "@/lib/db/client";
import type { RfqStatus } from "@/lib/db/generated/enums.ts";
import { formatNumber } from "@/lib/i18n/format";
import { getT, resolveLocale } from "@/lib/i18n/server";
import { listRfqs } from "@/lib/rfq/list-rfqs";
import { categoryName } from "@/lib/taxonomy/category-names";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | undefined>> };
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: getT(await resolveLocale(params), "rfq")("nav.title") };
}

const filters: Record<RfqSide, (RfqStatus | undefined)[]> = {
  buyer: [undefined, "OPEN", "AWARDED", "EXPIRED", "CANCELLED", "DRAFT"],
  supplier: [undefined, "OPEN", "AWARDED", "EXPIRED", "CANCELLED"],
  hub: [undefined, "OPEN", "AWARDED", "EXPIRED", "CANCELLED", "DRAFT"],
};

export default async function RfqListPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const actor = await requirePageActor(locale, `/${locale}/rfqs`);
  const side = rfqSideOf(actor);
  if (!side) forbidden();
  const t = getT(locale, "rfq");
  const tc = getT(locale, "catalog");
  const query = await searchParams;
  const result = await listRfqs(db(), actor, query);
  const now = new Date();
  const base = `/${locale}/rfqs`;
  const href = (overrides: Record<string, string | undefined>) => {
    const entries: [string, string | undefined][] = Object.entries({ status: result.query.status, ...overrides });
    const next = new URLSearchParams(entries.filter((entry): entry is [string, string] => Boolean(entry[1])));
    return next.size ? `${base}?${next}` : base;
  };
  const countOf = (status: RfqStatus | undefined) => (status === undefined ? result.counts.all : status === "OPEN" ? result.counts.open : null);

  return (
    <div className="space-y-6">
      <PageHeader
        title={t(`list.title_${side}`)}
        description={t(`list.description_${side}`)}
        actions={
          side === "buyer" ? (
            <Link href={`${base}/new`} className={buttonClass.primary}>
              {t("list.new")}
            </Link>
          ) : null
        }
      />
      <nav aria-label={t("list.filter_by_status")} className="flex flex-wrap gap-2">
        {filters[side].map((status) => {
          const count = countOf(status);
          return (
            <Link
              key={status ?? "all"}
              href={href({ status })}
              aria-current={result.query.status === status ? "page" : undefined}
              className="rounded-full border border-slate-300 px-3 py-1 text-sm aria-[current]:border-brand-700 aria-[current]:bg-brand-700 aria-[current]:text-white"
            >
              {status ? t(`status.${status}`) : t("list.all")}
              {count !== null ? ` (${formatNumber(locale, count)})` : ""}
            </Link>
          );
        })}
      </nav>
      <p className="text-sm text-slate-700" role="status">
        {t("list.total", { count: result.total, formatted: formatNumber(locale, result.total) })}
      </p>

      {result.rfqs.length === 0 ? (
        <div className="rounded-xl border border-dashed border-slate-300 bg-white p-8 text-center">
          <p className="text-slate-700">{result.counts.all === 0 ? t(`list.empty_${side}`) : t("list.no_match")}</p>
          {side === "buyer" && result.counts.all === 0 ? (
            <Link href={`${base}/new`} className={`${buttonClass.primary} mt-4`}>
              {t("list.new")}
            </Link>
          ) : null}
        </div>
      ) : (
        <div className="relative overflow-x-auto rounded-xl border border-slate-200 bg-white">
          <table className="w-full min-w-[46rem] text-left text-sm">
            <caption className="sr-only">{t(`list.title_${side}`)}</caption>
            <thead className="border-b border-slate-200 text-slate-600">
              <tr>
                <th scope="col" className="px-4 py-2 font-medium">{t("list.col_rfq")}</th>
                {side !== "buyer" ? <th scope="col" className="px-4 py-2 font-medium">{t("list.col_buyer")}</th> : null}
                <th scope="col" className="px-4 py-2 text-right font-medium">{t("list.col_quantity")}</th>
                <th scope="col" className="px-4 py-2 font-medium">{t("list.col_status")}</th>
                <th scope="col" className="px-4 py-2 font-medium">{side === "supplier" ? t("list.col_your_quote") : t("list.col_quotes")}</th>
                <th scope="col" className="px-4 py-2 font-medium">{t("list.col_expires")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {result.rfqs.map((rfq) => {
                const unviewed = side === "supplier" && rfq.recipients[0]?.viewedAt === null;
                const ownQuote = side === "supplier" ? rfq.quotes[0] : undefined;
                return (
                  <tr key={rfq.id} className={unviewed ? "bg-brand-50" : undefined} data-unviewed={unviewed ? "true" : undefined}>
                    <td className="px-4 py-3">
                      <div className="flex flex-wrap items-center gap-2">
                        <Link href={`${base}/${rfq.id}`} className={`text-brand-800 hover:underline ${unviewed ? "font-bold" : "font-medium"}`}>
                          {rfq.title}
                        </Link>
                        {unviewed ? <span className="rounded-full bg-brand-700 px-2 py-0.5 text-xs font-semibold text-white">{t("list.new_badge")}</span> : null}
                      </div>
                      <div className="text-xs text-slate-600">
                        {rfq.number} · {categoryName(rfq.category.names, locale)}
                      </div>
                    </td>
                    {side !== "buyer" ? (
                      <td className="px-4 py-3">
                        <div>{rfq.buyer.name}</div>
                        <div className="text-xs text-slate-600">{rfq.buyer.city}</div>
                      </td>
                    ) : null}
                    <td className="whitespace-nowrap px-4 py-3 text-right tabular-nums">
                      {formatNumber(locale, rfq.quantity)} {tc(`unit.${rfq.unit}`, { defaultValue: rfq.unit })}
                    </td>
                    <td className="px-4 py-3">
                      <RfqStatusBadge status={rfq.status} label={t(`status.${rfq.status}`)} />
                    </td>
                    <td className="px-4 py-3">
                      {side === "supplier" ? (
                        ownQuote ? (
                          <QuoteStatusBadge status={ownQuote.status} label={t("list.your_quote", { status: t(`quote_status.${ownQuote.status}`) })} />
                        ) : (
                          <span className="text-slate-600">{t("list.not_quoted")}</span>
                        )
                      ) : (
                        <span className="tabular-nums">{t("list.quotes", { count: rfq._count.quotes, formatted: formatNumber(locale, rfq._count.quotes) })}</span>
                      )}
                    </td>
                    <td className="px-4 py-3 text-slate-700">{rfq.status === "OPEN" || rfq.status === "EXPIRED" ? expiryText(t, locale, rfq.expiresAt, now) : "—"}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <Pager
        label={t("list.pages")}
        previous={{ label: t("list.previous"), href: result.query.page > 1 ? href({ page: String(result.query.page - 1) }) : null }}
        next={{ label: t("list.next"), href: result.query.page < result.pages ? href({ page: String(result.query.page + 1) }) : null }}
        status={t("list.page_of", { page: formatNumber(locale, result.query.page), pages: formatNumber(locale, result.pages) })}
      />
    </div>
  );
}
