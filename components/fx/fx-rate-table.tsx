import { formatDateTime, formatRelativeAge } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import { describeRate } from "@/lib/money/fx/format-rate-for-locale";
import type { LatestFxRate } from "@/lib/money/fx/list-latest-fx-rates";
import { StaleBadge } from "./stale-badge";

/** The rate in force per pair, with its inverse, source, age and a stale badge. Scrolls sideways on narrow screens. */
export function FxRateTable({ locale, rates, staleAfterHours, now }: { locale: Locale; rates: LatestFxRate[]; staleAfterHours: number; now: Date }) {
  const t = getT(locale, "fx");
  return (
    <section className="rounded-xl border border-slate-200 bg-white" aria-labelledby="fx-rates-heading">
      <div className="px-4 pt-4 sm:px-5 sm:pt-5">
        <h2 id="fx-rates-heading" className="text-lg font-semibold">{t("table.title")}</h2>
        <p className="mt-1 text-sm text-slate-700">
          {t("table.stale_note", { count: staleAfterHours })} {t("times_in_utc")}
        </p>
      </div>
      {rates.length === 0 ? (
        <p className="px-4 pb-5 pt-3 text-sm text-slate-700 sm:px-5">{t("table.empty")}</p>
      ) : (
        // Focusable so keyboard users can scroll it on a phone.
        <div className="relative mt-3 overflow-x-auto" tabIndex={0} role="region" aria-labelledby="fx-rates-heading">
          <table className="w-full min-w-[44rem] text-left text-sm">
            <thead className="border-b border-slate-200 text-slate-600">
              <tr>
                <th scope="col" className="px-4 py-2 font-medium sm:px-5">{t("table.pair")}</th>
                <th scope="col" className="px-4 py-2 font-medium">{t("table.rate")}</th>
                <th scope="col" className="px-4 py-2 font-medium">{t("table.inverse")}</th>
                <th scope="col" className="px-4 py-2 font-medium">{t("table.source")}</th>
                <th scope="col" className="px-4 py-2 font-medium">{t("table.effective")}</th>
                <th scope="col" className="px-4 py-2 font-medium">{t("table.status")}</th>
              </tr>
            </thead>
            <tbody>
              {rates.map((row) => (
                <tr key={row.id} className={`border-b border-slate-100 last:border-0 ${row.stale ? "bg-amber-50/60" : ""}`}>
                  <th scope="row" className="whitespace-nowrap px-4 py-3 font-semibold sm:px-5">
                    {row.base}/{row.quote}
                  </th>
                  <td className="whitespace-nowrap px-4 py-3 tabular-nums">{describeRate(locale, row.base, row.quote, row.rate)}</td>
                  <td className="whitespace-nowrap px-4 py-3 tabular-nums text-slate-700">{describeRate(locale, row.quote, row.base, row.inverse)}</td>
                  <td className="px-4 py-3">{row.source}</td>
                  <td className="px-4 py-3">
                    <span className="block whitespace-nowrap">{formatDateTime(locale, row.effectiveAt)}</span>
                    <span className="block text-xs text-slate-600">{formatRelativeAge(locale, row.effectiveAt, now)}</span>
                  </td>
                  <td className="px-4 py-3">
                    <StaleBadge stale={row.stale} label={t(row.stale ? "status.stale" : "status.current")} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
