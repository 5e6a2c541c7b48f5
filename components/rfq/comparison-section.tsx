import { StaleBadge } from "@/components/fx/stale-badge";
import { buttonClass } from "@/components/ui/button-styles";
import type { Locale } from "@/lib/i18n/config";
import { formatDate, formatDateTime, formatMoney, formatNumber, formatRelativeAge } from "@/lib/i18n/format";
import { getT } from "@/lib/i18n/server";
import { currencyCodes, isCurrencyCode } from "@/lib/money/currencies";
import { describeRate } from "@/lib/money/fx/format-rate-for-locale";
import type { compareQuotes } from "@/lib/rfq/compare-quotes";
import { ratingLine, responseRateLine } from "@/components/trust/trust-text";
import { ComparisonTable, type ComparisonRow } from "./comparison-table";

/** The currency a cross rate went through: the first leg's other side. */
const pivotOf = (from: string, leg: { base: string; quote: string }) => (leg.base === from ? leg.quote : leg.base);

type Comparison = Awaited<ReturnType<typeof compareQuotes>>;
type Props = { locale: Locale; comparison: Comparison; unit: string; staleAfterHours: number; timeZone: string; action: string };

/**
 * The buyer's comparison: every live quote in its own currency and ≈ in the display currency,
 * with the rates used (pair, source, date) under the table and a visible warning when a rate
 * is stale. The display currency is a plain GET form (?currency=), so it works without
 * JavaScript and can be bookmarked.
 */
export function ComparisonSection({ locale, comparison, unit, staleAfterHours, timeZone, action }: Props) {
  const t = getT(locale, "rfq");
  const display = comparison.displayCurrency;
  const money = (minor: bigint, currency: string) => (isCurrencyCode(currency) ? formatMoney(locale, minor, currency) : `${minor} ${currency}`);
  const rows: ComparisonRow[] = comparison.quotes.map((quote) => {
    const same = quote.currency === display;
    return {
      quoteId: quote.quoteId,
      supplier: quote.supplier.name,
      city: quote.supplier.city,
      verified: quote.supplier.verified,
      verifiedText: quote.supplier.verified && quote.supplier.verifiedAt ? t("compare.verified_since", { date: formatDate(locale, quote.supplier.verifiedAt) }) : t("compare.not_verified"),
      memberSinceText: t("compare.member_since", { date: formatDate(locale, quote.supplier.memberSince) }),
      ratingText: quote.trust ? ratingLine(locale, quote.trust.rating) : null,
      responseRateText: quote.trust ? responseRateLine(locale, quote.trust.responseRate) : null,
      status: quote.status,
      statusText: t(`quote_status.${quote.status}`),
      note: quote.awaitingSupplier ? t("compare.awaiting_supplier") : quote.expired ? t("compare.offer_expired") : quote.converted || same ? null : t("compare.no_rate", { from: quote.currency, to: display }),
      quantity: `${formatNumber(locale, quote.quantity)} ${unit}`,
      unitPrice: money(quote.unitPriceMinor, quote.currency),
      unitPriceConverted: quote.converted && !same ? formatMoney(locale, quote.converted.unitPriceMinor, display) : null,
      total: money(quote.totalMinor, quote.currency),
      totalConverted: quote.converted && !same ? formatMoney(locale, quote.converted.totalMinor, display) : null,
      leadTime: t("lead_time_days", { count: quote.leadTimeDays, formatted: formatNumber(locale, quote.leadTimeDays) }),
      terms: `${quote.incoterm} ${quote.namedPlace}`,
      paymentTerms: quote.paymentTerms ?? "",
      validUntil: formatDateTime(locale, quote.validUntil, timeZone),
      expired: quote.expired,
      sortUnit: quote.converted ? Number(quote.converted.unitPriceMinor) : same ? Number(quote.unitPriceMinor) : null,
      sortTotal: quote.converted ? Number(quote.converted.totalMinor) : same ? Number(quote.totalMinor) : null,
      leadTimeDays: quote.leadTimeDays,
    };
  });
  const rates = Object.entries(comparison.rates).filter(([, rate]) => rate.from !== rate.to);
  const anyStale = rates.some(([, rate]) => rate.stale);

  return (
    <section aria-labelledby="compare-heading" className="space-y-4 rounded-xl border border-slate-200 bg-white p-5 sm:p-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h2 id="compare-heading" className="text-lg font-semibold">
            {t("compare.title")}
          </h2>
          <p className="text-sm text-slate-700">{t("compare.explain")}</p>
        </div>
        <form action={action} method="get" className="flex items-end gap-2">
          <div className="space-y-1">
            <label htmlFor="compare-currency" className="block text-sm font-medium text-slate-800">
              {t("compare.display_currency")}
            </label>
            <select id="compare-currency" name="currency" defaultValue={display} className="block rounded-md border border-slate-300 bg-white px-3 py-2 text-sm">
              {currencyCodes.map((code) => (
                <option key={code} value={code}>
                  {code}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className={buttonClass.secondary}>
            {t("compare.show")}
          </button>
        </form>
      </div>
      {anyStale ? (
        <p role="alert" className="flex flex-wrap items-center gap-2 rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900">
          <StaleBadge stale label={t("compare.stale")} />
          {t("compare.stale_warning", { count: staleAfterHours })}
        </p>
      ) : null}
      {rows.length ? <ComparisonTable rows={rows} displayCurrency={display} /> : <p className="text-sm text-slate-700">{t("compare.empty")}</p>}
      {rates.length ? (
        <div className="text-sm text-slate-700">
          <h3 className="font-semibold text-slate-900">{t("compare.rates_title")}</h3>
          <ul className="mt-1 space-y-1">
            {rates.map(([key, rate]) => (
              <li key={key} className="break-words" data-rate={key}>
                <span className="font-medium tabular-nums">{describeRate(locale, rate.from, rate.to, rate.display)}</span>
                {" · "}
                {t("compare.rate_source", {
                  source: [...new Set(rate.legs.map((leg) => leg.source))].join(", "),
                  date: formatDateTime(locale, new Date(rate.effectiveAt), timeZone),
                  age: formatRelativeAge(locale, new Date(rate.effectiveAt), comparison.comparedAt),
                })}
                {rate.legs.length > 1 ? ` ${t("compare.rate_cross", { pivot: pivotOf(rate.from, rate.legs[0]!) })}` : ""}
                {rate.stale ? (
                  <>
                    {" "}
                    <StaleBadge stale label={t("compare.stale")} />
                  </>
                ) : null}
              </li>
            ))}
          </ul>
          <p className="mt-1 text-xs text-slate-600">{t("compare.compared_at", { date: formatDateTime(locale, comparison.comparedAt, timeZone) })}</p>
        </div>
      ) : null}
    </section>
  );
}
