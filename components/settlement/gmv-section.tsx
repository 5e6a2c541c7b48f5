import { ScrollRegion } from "@/components/ui/scroll-region";
import type { Locale } from "@/lib/i18n/config";
import { intlLocale } from "@/lib/i18n/config";
import { formatMoney } from "@/lib/i18n/format";
import { getT } from "@/lib/i18n/server";
import { currencyExponent, type CurrencyCode } from "@/lib/money/currencies";
import { GmvChart, type ChartPoint } from "./gmv-chart";
import { SectionCard } from "./section-card";

type Row = { key: string; label: string; currency: CurrencyCode; minor: bigint; orders: number };

function majorUnits(minor: bigint, currency: CurrencyCode): number {
  return Number(minor) / 10 ** currencyExponent[currency];
}

/** Turnover per currency as small multiples — one chart and one table per currency, never summed across currencies. */
export function GmvSection({ locale, id, title, columnLabel, rows }: { locale: Locale; id: string; title: string; columnLabel: string; rows: Row[] }) {
  const t = getT(locale, "settlement");
  const currencies = [...new Set(rows.map((row) => row.currency))];
  return (
    <SectionCard id={id} title={title}>
      <p className="text-sm text-slate-700">{t("finance.gmv_explain")}</p>
      {currencies.length === 0 ? <p className="text-sm text-slate-600">{t("finance.no_turnover")}</p> : null}
      <div className="grid gap-6 lg:grid-cols-2">
        {currencies.map((currency) => {
          const own = rows.filter((row) => row.currency === currency);
          const points: ChartPoint[] = own.map((row) => ({ label: row.label, value: majorUnits(row.minor, currency), display: formatMoney(locale, row.minor, currency) }));
          return (
            <div key={currency} className="min-w-0 space-y-2" data-testid={`${id}-${currency}`}>
              <GmvChart title={currency} intlLocale={intlLocale[locale]} points={points} />
              <ScrollRegion labelledBy={`${id}-${currency}-caption`}>
                <table className="w-full text-left text-sm">
                  <caption id={`${id}-${currency}-caption`} className="sr-only">{`${title} · ${currency}`}</caption>
                  <thead className="border-b border-slate-200 text-slate-600">
                    <tr>
                      <th scope="col" className="py-1 pr-3 font-medium">{columnLabel}</th>
                      <th scope="col" className="py-1 pr-3 text-right font-medium">{currency}</th>
                      <th scope="col" className="py-1 text-right font-medium">{t("finance.orders_column")}</th>
                    </tr>
                  </thead>
                  <tbody className="divide-y divide-slate-100">
                    {own.map((row) => (
                      <tr key={row.key}>
                        <td className="py-1 pr-3">{row.label}</td>
                        <td className="py-1 pr-3 text-right whitespace-nowrap tabular-nums">{formatMoney(locale, row.minor, currency)}</td>
                        <td className="py-1 text-right tabular-nums">{t("finance.orders_count", { count: row.orders })}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </ScrollRegion>
            </div>
          );
        })}
      </div>
    </SectionCard>
  );
}
