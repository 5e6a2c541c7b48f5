import type { TFunction } from "i18next";
import type { Metadata } from "next";
import Link from "next/link";
import { FlagList } from "@/components/hub/flag-list";
import { SectionCard } from "@/components/settlement/section-card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageActor } from "@/lib/auth/page-guards";
import { db } from "@/lib/db/client";
import type { Locale } from "@/lib/i18n/config";
import { formatMoney, formatNumber } from "@/lib/i18n/format";
import { getT, resolveLocale } from "@/lib/i18n/server";
import { listMonitoringFlags, type MonitoringFlags } from "@/lib/monitoring/list-monitoring-flags";
import { monitoringWindowOf, monitoringWindows } from "@/lib/monitoring/monitoring-config";
import type { MonitoringRule } from "@/lib/monitoring/flag-types";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ days?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: getT(await resolveLocale(params), "dashboard")("monitoring.title") };
}

function ruleExplanation(t: TFunction, locale: Locale, rule: MonitoringRule, limits: MonitoringFlags["limits"]): string {
  const percent = (value: number) => formatNumber(locale, value / 100, { style: "percent", maximumFractionDigits: 0 });
  switch (rule) {
    case "new_supplier":
      return t("monitoring.rule.new_supplier.explain", { threshold: formatMoney(locale, limits.newSupplierOrderUsdMinor, "USD"), days: limits.newSupplierDays });
    case "price_outlier":
      return t("monitoring.rule.price_outlier.explain", { low: percent(limits.priceLowPercent), high: percent(limits.priceHighPercent), listings: limits.minListingsForMedian });
    case "repeated_cancellations":
      return t("monitoring.rule.repeated_cancellations.explain", { threshold: limits.cancellationThreshold, days: limits.cancellationDays });
    case "third_party_payment":
      return t("monitoring.rule.third_party_payment.explain");
    case "restricted":
      return t(limits.restrictedConfigured ? "monitoring.rule.restricted.explain" : "monitoring.rule.restricted.not_configured");
  }
}

/**
 * Deal monitoring for moderators: the flags of the chosen period grouped by rule, each with
 * its evidence, and for orders the way to their review page (hold, documents, cancel).
 */
export default async function MonitoringPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const actor = await requirePageActor(locale, `/${locale}/hub/monitoring`, "disputes:decide");
  const t = getT(locale, "dashboard");
  const windowDays = monitoringWindowOf((await searchParams).days);
  const flags = await listMonitoringFlags(db(), actor, { windowDays });
  return (
    <div className="space-y-6">
      <PageHeader title={t("monitoring.title")} description={t("monitoring.description")} />
      <nav aria-label={t("monitoring.window")} className="flex flex-wrap items-center gap-2 text-sm">
        <span className="font-medium text-slate-800">{t("monitoring.window")}:</span>
        {monitoringWindows.map((days) => (
          <Link
            key={days}
            href={`/${locale}/hub/monitoring?days=${days}`}
            aria-current={days === windowDays ? "page" : undefined}
            className={`rounded-full border px-3 py-1 ${days === windowDays ? "border-brand-700 bg-brand-700 text-white" : "border-slate-300 bg-white text-slate-800 underline underline-offset-2 hover:bg-slate-50"}`}
          >
            {t("monitoring.window_option", { count: days })}
          </Link>
        ))}
      </nav>
      <section aria-labelledby="monitoring-summary" className="rounded-xl border border-slate-200 bg-white p-5">
        <h2 id="monitoring-summary" className="text-lg font-semibold" data-testid="monitoring-total">{flags.total ? t("monitoring.summary", { count: flags.total }) : t("monitoring.none")}</h2>
        <ul className="mt-2 flex flex-wrap gap-x-6 gap-y-1 text-sm">
          {flags.groups.map((group) => (
            <li key={group.rule}>
              <a href={`#rule-${group.rule}`} className="text-brand-700 underline underline-offset-2">{t(`monitoring.rule.${group.rule}.title`)}</a>{" "}
              <span className="tabular-nums text-slate-700">({formatNumber(locale, group.flags.length)})</span>
            </li>
          ))}
        </ul>
      </section>
      {flags.groups.map((group) => (
        <SectionCard key={group.rule} id={`rule-${group.rule}`} title={`${t(`monitoring.rule.${group.rule}.title`)} (${formatNumber(locale, group.flags.length)})`}>
          <p className="text-sm text-slate-700">{ruleExplanation(t, locale, group.rule, flags.limits)}</p>
          {group.flags.length ? <FlagList locale={locale} flags={group.flags} /> : <p className="text-sm text-slate-600">{t("monitoring.rule_none")}</p>}
        </SectionCard>
      ))}
    </div>
  );
}
