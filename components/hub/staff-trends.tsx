import { GmvSection } from "@/components/settlement/gmv-section";
import { SectionCard } from "@/components/settlement/section-card";
import { ScrollRegion } from "@/components/ui/scroll-region";
import type { StaffTrends as Trends } from "@/lib/hub/get-staff-trends";
import { intlLocale, type Locale } from "@/lib/i18n/config";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import { getT } from "@/lib/i18n/server";
import { BacklogChart, ResponseTimeChart } from "./staff-charts";

const cell = "py-1 pr-3 text-right tabular-nums";
const head = "py-1 pr-3 text-right font-medium";

/** The staff dashboard's charts, each with a table of the same figures beside it, in the staff member's locale. */
export function StaffTrends({ locale, trends }: { locale: Locale; trends: Trends }) {
  const t = getT(locale, "dashboard");
  const shortWeek = (date: Date) => formatDate(locale, date, { day: "numeric", month: "short" });
  const hours = (value: number) => formatNumber(locale, value, { style: "unit", unit: "hour", unitDisplay: "short", maximumFractionDigits: 1 });
  const countries = new Intl.DisplayNames([intlLocale[locale]], { type: "region" });
  const tableCaption = (id: string, text: string) => <caption id={id} className="sr-only">{text}</caption>;
  return (
    <div className="space-y-6">
      {trends.gmv ? (
        <GmvSection
          locale={locale}
          id="hub-gmv"
          title={t("hub.trends.gmv_title")}
          columnLabel={t("hub.trends.country_column")}
          rows={trends.gmv.map((row) => ({ key: `${row.country}-${row.currency}`, label: countries.of(row.country) ?? row.country, currency: row.currency, minor: row.minor, orders: row.orders }))}
        />
      ) : null}
      <div className="grid gap-6 xl:grid-cols-2">
        <SectionCard id="hub-response-times" title={t("hub.trends.response_title")}>
          <p className="text-sm text-slate-700">{t("hub.trends.response_explain")}</p>
          <ResponseTimeChart
            intlLocale={intlLocale[locale]}
            seriesLabel={t("hub.trends.median_series")}
            points={trends.responseTimes.map((point) => ({ label: shortWeek(point.weekStart), hours: point.medianHours, display: point.medianHours === null ? t("hub.trends.no_offers") : hours(point.medianHours) }))}
          />
          <ScrollRegion labelledBy="hub-response-times-caption">
            <table className="w-full text-left text-sm" data-testid="response-times-table">
              {tableCaption("hub-response-times-caption", t("hub.trends.response_title"))}
              <thead className="border-b border-slate-200 text-slate-600">
                <tr>
                  <th scope="col" className="py-1 pr-3 font-medium">{t("hub.trends.week_column")}</th>
                  <th scope="col" className={head}>{t("hub.trends.median_column")}</th>
                  <th scope="col" className={head}>{t("hub.trends.offers_column")}</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {trends.responseTimes.map((point) => (
                  <tr key={point.weekStart.toISOString()}>
                    <th scope="row" className="py-1 pr-3 font-normal whitespace-nowrap">{formatDate(locale, point.weekStart)}</th>
                    <td className={cell}>{point.medianHours === null ? t("hub.trends.no_offers") : hours(point.medianHours)}</td>
                    <td className={cell}>{formatNumber(locale, point.responses)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        </SectionCard>
        <SectionCard id="hub-verification-backlog" title={t("hub.trends.backlog_title")}>
          <p className="text-sm text-slate-700">{t("hub.trends.backlog_explain")}</p>
          <BacklogChart
            intlLocale={intlLocale[locale]}
            labels={{ submitted: t("hub.trends.submitted"), decided: t("hub.trends.decided"), open: t("hub.trends.open") }}
            points={trends.backlog.map((point) => ({ label: shortWeek(point.weekStart), submitted: point.submitted, decided: point.decided, open: point.openAtEnd }))}
          />
          <ScrollRegion labelledBy="hub-verification-backlog-caption">
            <table className="w-full text-left text-sm" data-testid="verification-backlog-table">
              {tableCaption("hub-verification-backlog-caption", t("hub.trends.backlog_title"))}
              <thead className="border-b border-slate-200 text-slate-600">
                <tr>
                  <th scope="col" className="py-1 pr-3 font-medium">{t("hub.trends.week_column")}</th>
                  <th scope="col" className={head}>{t("hub.trends.submitted")}</th>
                  <th scope="col" className={head}>{t("hub.trends.decided")}</th>
                  <th scope="col" className={head}>{t("hub.trends.open")}</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {trends.backlog.map((point) => (
                  <tr key={point.weekStart.toISOString()}>
                    <th scope="row" className="py-1 pr-3 font-normal whitespace-nowrap">{formatDate(locale, point.weekStart)}</th>
                    <td className={cell}>{formatNumber(locale, point.submitted)}</td>
                    <td className={cell}>{formatNumber(locale, point.decided)}</td>
                    <td className={cell}>{formatNumber(locale, point.openAtEnd)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        </SectionCard>
      </div>
    </div>
  );
}
