import Link from "next/link";
import type { ReactNode } from "react";
import { intlLocale, type Locale } from "@/lib/i18n/config";
import { formatDate, formatMoney, formatNumber } from "@/lib/i18n/format";
import { getT } from "@/lib/i18n/server";
import type { FlagEvidence as Evidence, Money } from "@/lib/monitoring/flag-types";
import { categoryName } from "@/lib/taxonomy/category-names";

/** Why a flag was raised: the values the rule compared and the limits it compared them with. */
export function FlagEvidence({ locale, evidence }: { locale: Locale; evidence: Evidence }) {
  const t = getT(locale, "dashboard");
  const money = (value: Money) => <span className="tabular-nums">{formatMoney(locale, value.minor, value.currency)}</span>;
  const percent = (value: number) => formatNumber(locale, value / 100, { style: "percent", maximumFractionDigits: 0 });
  const countries = new Intl.DisplayNames([intlLocale[locale]], { type: "region" });
  const country = (code: string) => `${countries.of(code) ?? code} (${code})`;
  const rows: [string, ReactNode][] = [];
  const row = (key: string, value: ReactNode) => rows.push([t(`monitoring.evidence.${key}`), value]);

  switch (evidence.rule) {
    case "new_supplier":
      row("order_total", money(evidence.total));
      if (evidence.total.currency !== "USD") row("total_usd", money(evidence.totalUsd));
      row("threshold", money(evidence.thresholdUsd));
      row("supplier_registered", formatDate(locale, evidence.supplierCreatedAt));
      row("first_verified", evidence.firstVerifiedAt ? formatDate(locale, evidence.firstVerifiedAt) : t("monitoring.evidence.never_verified"));
      break;
    case "price_outlier":
      row("category", categoryName(evidence.categoryNames, locale));
      if (evidence.line) row("line", evidence.line);
      row("unit_price", money(evidence.unitPrice));
      if (evidence.unitPrice.currency !== "USD") row("unit_price_usd", money(evidence.unitPriceUsd));
      row("median", <>{money(evidence.medianUsd)} · {t("monitoring.evidence.listings", { count: evidence.listings })}</>);
      row("share", percent(evidence.percentOfMedian));
      row("limit", evidence.direction === "below" ? t("monitoring.evidence.below_limit", { limit: percent(evidence.lowPercent) }) : t("monitoring.evidence.above_limit", { limit: percent(evidence.highPercent) }));
      break;
    case "repeated_cancellations":
      row("role", t(`monitoring.evidence.role_${evidence.role}`));
      row("cancelled", t("monitoring.evidence.cancelled_count", { count: evidence.count, days: evidence.days }));
      row(
        "cancelled_orders",
        <span className="flex flex-wrap gap-x-3">
          {evidence.orders.map((order) => (
            <span key={order.id}>
              <Link href={`/${locale}/orders/${order.id}`} className="text-brand-700 underline underline-offset-2">{order.number}</Link> <span className="text-slate-600">{formatDate(locale, order.cancelledAt)}</span>
            </span>
          ))}
        </span>,
      );
      break;
    case "third_party_payment":
      row("payer", <span className="font-medium">{evidence.payerName}</span>);
      row("buyer_name", evidence.buyerName);
      row("buyer_legal_name", evidence.buyerLegalName);
      row("amount", money(evidence.amount));
      row("bank_reference", <span className="font-mono">{evidence.bankReference}</span>);
      row("value_date", formatDate(locale, evidence.valueDate));
      break;
    case "restricted":
      for (const match of evidence.matches) {
        const value = match.field.endsWith("_country") ? country(match.value) : match.value;
        row(`field.${match.field}`, `${value} — ${t("monitoring.evidence.listed_as", { entry: match.entry })}`);
      }
      break;
  }

  return (
    <dl className="grid grid-cols-1 gap-x-4 gap-y-1 text-sm sm:grid-cols-[minmax(0,14rem)_1fr]">
      {rows.map(([label, value], index) => (
        <div key={index} className="contents">
          <dt className="text-slate-600">{label}</dt>
          <dd className="min-w-0 break-words">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
