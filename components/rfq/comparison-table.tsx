"use client";

import { useState } from "react";
import { useTranslation } from "react-i18next";

/** One quote in the comparison, formatted on the server; the sort keys are plain numbers. */
export type ComparisonRow = {
  quoteId: string;
  supplier: string;
  city: string;
  verified: boolean;
  verifiedText: string;
  memberSinceText: string;
  /** "Rating: 4.6 out of 5 (12 reviews)" and "Response rate: 92 %", or null without signals. */
  ratingText: string | null;
  responseRateText: string | null;
  status: string;
  statusText: string;
  note: string | null;
  quantity: string;
  unitPrice: string;
  unitPriceConverted: string | null;
  total: string;
  totalConverted: string | null;
  leadTime: string;
  terms: string;
  paymentTerms: string;
  validUntil: string;
  expired: boolean;
  /** Display-currency minor units as numbers — precise enough to order by; null without a rate. */
  sortUnit: number | null;
  sortTotal: number | null;
  leadTimeDays: number;
};

type SortKey = "unit" | "total" | "lead" | "verified";
type Sort = { key: SortKey; descending: boolean };

/** Quotes without a rate (no converted amount) go last whichever the direction. */
function compare(a: ComparisonRow, b: ComparisonRow, { key, descending }: Sort): number {
  const direction = descending ? -1 : 1;
  if (key === "verified") return direction * (Number(b.verified) - Number(a.verified));
  if (key === "lead") return direction * (a.leadTimeDays - b.leadTimeDays);
  const x = key === "unit" ? a.sortUnit : a.sortTotal;
  const y = key === "unit" ? b.sortUnit : b.sortTotal;
  if (x === null || y === null) return x === null ? (y === null ? 0 : 1) : -1;
  return direction * (x - y);
}

/**
 * The buyer's side-by-side view of the quotes: each in its own currency and converted into the
 * display currency. Sorting happens here in the browser: the rows are few and already formatted.
 */
export function ComparisonTable({ rows, displayCurrency }: { rows: ComparisonRow[]; displayCurrency: string }) {
  const { t } = useTranslation("rfq");
  const [sort, setSort] = useState<Sort>({ key: "total", descending: false });
  const sorted = [...rows].sort((a, b) => compare(a, b, sort));
  const header = (key: SortKey, label: string, align = "text-left") => {
    const active = sort.key === key;
    return (
      <th scope="col" aria-sort={active ? (sort.descending ? "descending" : "ascending") : "none"} className={`px-3 py-2 font-medium ${align}`}>
        <button
          type="button"
          onClick={() => setSort({ key, descending: active ? !sort.descending : false })}
          className="inline-flex items-center gap-1 rounded font-medium text-slate-700 hover:text-brand-800 focus-visible:outline-2 focus-visible:outline-brand-600"
        >
          {label}
          <span aria-hidden="true" className="text-xs">
            {active ? (sort.descending ? "▼" : "▲") : "↕"}
          </span>
          <span className="sr-only">{t("compare.sort_by", { column: label })}</span>
        </button>
      </th>
    );
  };

  return (
    <div className="relative overflow-x-auto rounded-xl border border-slate-200 bg-white">
      <table className="w-full min-w-[60rem] text-left text-sm">
        <caption className="sr-only">{t("compare.caption", { currency: displayCurrency })}</caption>
        <thead className="border-b border-slate-200 text-slate-600">
          <tr>
            <th scope="col" className="px-3 py-2 font-medium">{t("compare.col_supplier")}</th>
            {header("verified", t("compare.col_verified"))}
            {header("unit", t("compare.col_unit_price"), "text-right")}
            {header("total", t("compare.col_total"), "text-right")}
            {header("lead", t("compare.col_lead_time"))}
            <th scope="col" className="px-3 py-2 font-medium">{t("compare.col_terms")}</th>
            <th scope="col" className="px-3 py-2 font-medium">{t("compare.col_valid_until")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {sorted.map((row) => (
            <tr key={row.quoteId} className="align-top">
              <th scope="row" className="px-3 py-3 text-left font-normal">
                <a href={`#quote-${row.quoteId}`} className="font-medium text-brand-800 hover:underline">
                  {row.supplier}
                </a>
                <div className="text-xs text-slate-600">{row.city}</div>
                <div className="mt-1 text-xs font-medium text-slate-700">{row.statusText}</div>
                {row.note ? <div className="mt-1 text-xs text-amber-900">{row.note}</div> : null}
              </th>
              <td className="px-3 py-3 text-xs">
                <span className={`inline-flex rounded-full px-2 py-0.5 font-medium ${row.verified ? "bg-emerald-100 text-emerald-900" : "bg-slate-100 text-slate-800"}`}>{row.verifiedText}</span>
                <div className="mt-1 text-slate-600">{row.memberSinceText}</div>
                {row.ratingText ? <div className="mt-1 text-slate-700">{row.ratingText}</div> : null}
                {row.responseRateText ? <div className="text-slate-700">{row.responseRateText}</div> : null}
              </td>
              <td className="px-3 py-3 text-right tabular-nums">
                <div className="whitespace-nowrap font-semibold">{row.unitPrice}</div>
                {row.unitPriceConverted ? <div className="whitespace-nowrap text-slate-700">≈ {row.unitPriceConverted}</div> : null}
              </td>
              <td className="px-3 py-3 text-right tabular-nums">
                <div className="whitespace-nowrap font-semibold">{row.total}</div>
                {row.totalConverted ? <div className="whitespace-nowrap text-slate-700">≈ {row.totalConverted}</div> : null}
                <div className="whitespace-nowrap text-xs text-slate-600">{row.quantity}</div>
              </td>
              <td className="px-3 py-3 whitespace-nowrap">{row.leadTime}</td>
              <td className="px-3 py-3">
                <div>{row.terms}</div>
                {row.paymentTerms ? <div className="text-xs text-slate-600">{row.paymentTerms}</div> : null}
              </td>
              <td className={`px-3 py-3 whitespace-nowrap ${row.expired ? "text-red-700" : ""}`}>{row.validUntil}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
