import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { CommissionRateForm } from "@/components/settlement/commission-rate-form";
import { GmvSection } from "@/components/settlement/gmv-section";
import { SectionCard } from "@/components/settlement/section-card";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { requirePageActor } from "@/lib/auth/page-guards";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env/env";
import { intlLocale } from "@/lib/i18n/config";
import { formatMoney, formatNumber } from "@/lib/i18n/format";
import { getT, resolveLocale } from "@/lib/i18n/server";
import type { CurrencyCode } from "@/lib/money/currencies";
import { listCommissionRates } from "@/lib/settlement/list-commission-rates";
import { getFinanceOverview } from "@/lib/settlement/finance-overview";
import { listTopCategories } from "@/lib/taxonomy/list-top-categories";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: getT(await resolveLocale(params), "settlement")("finance.title") };
}

/** The finance dashboard for hub staff: balances by currency, unmatched money, stale rates, turnover charts, payouts to release. */
export default async function FinancePage({ params }: Props) {
  const locale = await resolveLocale(params);
  const actor = await requirePageActor(locale, `/${locale}/hub/finance`, "page:hub");
  if (!can(actor, "settlement:read_all")) forbidden();
  const t = getT(locale, "settlement");
  const manage = can(actor, "settlement:manage");
  const [overview, categories, rates] = await Promise.all([getFinanceOverview(db(), actor), listTopCategories(db(), locale), listCommissionRates(db(), locale)]);
  const percent = (bps: number) => formatNumber(locale, bps / 10000, { style: "percent", maximumFractionDigits: 2 });
  const list = (amounts: { currency: CurrencyCode; minor: bigint }[]) =>
    amounts.length ? amounts.map((amount) => <span key={amount.currency} className="block tabular-nums">{formatMoney(locale, amount.minor, amount.currency)}</span>) : <span className="text-slate-600">{t("finance.nothing")}</span>;
  const countries = new Intl.DisplayNames([intlLocale[locale]], { type: "region" });
  const months = new Intl.DateTimeFormat(intlLocale[locale], { month: "long", year: "numeric", timeZone: "UTC" });

  return (
    <div className="space-y-6">
      <PageHeader title={t("finance.title")} description={t("finance.description")} />
      <dl className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        {[
          { key: "receivables", value: list(overview.receivables) },
          { key: "payables", value: list(overview.payables) },
          { key: "escrow", value: list(overview.escrow) },
          {
            key: "unmatched",
            value: overview.unmatched.length ? (
              overview.unmatched.map((row) => (
                <span key={row.currency} className="block tabular-nums">
                  {formatMoney(locale, row.minor, row.currency)} · {t("finance.unmatched_count", { count: row.count })}
                </span>
              ))
            ) : (
              <span className="text-slate-600">{t("finance.nothing")}</span>
            ),
          },
        ].map((tile) => (
          <div key={tile.key} className="rounded-xl border border-slate-200 bg-white p-4" data-testid={`finance-${tile.key}`}>
            <dt className="text-sm text-slate-600">{t(`finance.${tile.key}`)}</dt>
            <dd className="mt-1 text-lg font-semibold">{tile.value}</dd>
          </div>
        ))}
      </dl>
      {overview.unmatched.length && manage ? (
        <p className="text-sm">
          <Link href={`/${locale}/hub/payments`} className="text-brand-700 underline underline-offset-2">{t("hub.unmatched_title")}</Link>
        </p>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-2">
        <SectionCard id="finance-stale" title={t("finance.stale_rates")}>
          {overview.staleRates.length === 0 ? (
            <p className="text-sm text-slate-600">{t("finance.stale_rates_none")}</p>
          ) : (
            <ul className="text-sm">
              {overview.staleRates.map((rate) => (
                <li key={rate.id} className="tabular-nums">
                  {rate.base}/{rate.quote} · {rate.rate} · {rate.source}
                </li>
              ))}
            </ul>
          )}
          {can(actor, "fx:manage") ? <Link href={`/${locale}/hub/fx`} className="text-sm text-brand-700 underline underline-offset-2">{getT(locale, "dashboard")("hub.link_fx")}</Link> : null}
        </SectionCard>
        <SectionCard id="finance-ledger" title={t("finance.ledger_check")}>
          <p className={`text-sm font-medium ${overview.ledger.violations ? "text-red-700" : "text-emerald-800"}`} data-testid="finance-ledger-check">
            {overview.ledger.violations ? t("finance.ledger_violations", { count: overview.ledger.violations }) : t("finance.ledger_ok", { transactions: formatNumber(locale, overview.ledger.transactions) })}
          </p>
        </SectionCard>
      </div>
      <SectionCard id="finance-ready" title={t("finance.ready_payouts")}>
        {overview.readyPayouts.length === 0 ? (
          <p className="text-sm text-slate-600">{t("finance.ready_payouts_empty")}</p>
        ) : (
          <ul className="divide-y divide-slate-100 text-sm">
            {overview.readyPayouts.map((order) => (
              <li key={order.id} className="flex flex-wrap justify-between gap-2 py-2">
                <Link href={`/${locale}/orders/${order.id}/settlement`} className="text-brand-700 underline underline-offset-2">{order.number}</Link>
                <span>{order.supplier.name} · <span className="tabular-nums">{formatMoney(locale, order.totalMinor, order.currency as CurrencyCode)}</span></span>
              </li>
            ))}
          </ul>
        )}
      </SectionCard>
      <GmvSection
        locale={locale}
        id="finance-gmv-month"
        title={t("finance.gmv_by_month")}
        columnLabel={t("finance.month")}
        rows={overview.gmvByMonth.map((row) => ({ key: row.month, label: months.format(new Date(`${row.month}-01T00:00:00Z`)), currency: row.currency, minor: row.minor, orders: row.orders }))}
      />
      <GmvSection
        locale={locale}
        id="finance-gmv-country"
        title={t("finance.gmv_by_country")}
        columnLabel={t("finance.country")}
        rows={overview.gmvByCountry.map((row) => ({ key: row.country, label: countries.of(row.country) ?? row.country, currency: row.currency, minor: row.minor, orders: row.orders }))}
      />
      <SectionCard id="finance-commission" title={t("finance.commission_title")}>
        <p className="text-sm text-slate-700">{t("finance.commission_explain", { percent: percent(env().PLATFORM_COMMISSION_BPS) })}</p>
        {rates.length === 0 ? (
          <p className="text-sm text-slate-600">{t("finance.commission_none")}</p>
        ) : (
          <ul className="divide-y divide-slate-100 text-sm">
            {rates.map((rate) => (
              <li key={rate.slug} className="flex justify-between gap-2 py-1.5">
                <span>{rate.name}</span>
                <span className="tabular-nums">{percent(rate.basisPoints)}</span>
              </li>
            ))}
          </ul>
        )}
        {manage ? (
          <CommissionRateForm
            locale={locale}
            categories={categories.flatMap((group) => [{ value: group.slug, label: group.name }, ...group.subcategories.map((leaf) => ({ value: leaf.slug, label: `— ${leaf.name}` }))])}
          />
        ) : null}
      </SectionCard>
    </div>
  );
}
