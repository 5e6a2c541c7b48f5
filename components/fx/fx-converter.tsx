import { buttonClass } from "@/components/ui/button-styles";
import { Field } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select-field";
import { formatDateTime, formatMoney, formatRelativeAge } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import { describeRate } from "@/lib/money/fx/format-rate-for-locale";
import type { FxConversionPreview } from "@/lib/money/fx/preview-fx-conversion";
import { StaleBadge } from "./stale-badge";

type Props = {
  locale: Locale;
  action: string;
  amountText: string;
  preview: FxConversionPreview;
  currencies: { value: string; label: string }[];
  staleAfterHours: number;
  now: Date;
};

/**
 * A plain GET form (works without JavaScript, and the result is a shareable URL) that
 * converts an amount at the rate in force — what buyers will see on quote comparisons.
 */
export function FxConverter({ locale, action, amountText, preview, currencies, staleAfterHours, now }: Props) {
  const t = getT(locale, "fx");
  const found = preview.status === "converted" ? preview.found : null;
  const path = !found
    ? null
    : found.legs.length === 0
      ? t("converter.path_identity")
      : found.legs.length === 2
        ? t("converter.path_cross", { pivot: found.legs[0]!.inverted ? found.legs[0]!.base : found.legs[0]!.quote })
        : found.legs[0]!.inverted
          ? t("converter.path_inverse", { pair: `${found.legs[0]!.base}/${found.legs[0]!.quote}` })
          : t("converter.path_direct");
  return (
    <section id="converter" className="space-y-4 rounded-xl border border-slate-200 bg-white p-4 sm:p-5" aria-labelledby="fx-converter-heading">
      <div>
        <h2 id="fx-converter-heading" className="text-lg font-semibold">{t("converter.title")}</h2>
        <p className="mt-1 text-sm text-slate-700">{t("converter.explain")}</p>
      </div>
      <form method="get" action={`${action}#converter`} className="grid gap-3 sm:grid-cols-[minmax(0,1fr)_minmax(0,12rem)_minmax(0,12rem)_auto] sm:items-end">
        <Field
          name="amount"
          id="fx-convert-amount"
          label={t("converter.amount")}
          defaultValue={amountText}
          inputMode="decimal"
          autoComplete="off"
          error={preview.status === "invalid_amount" ? t("converter.amount_invalid", { digits: preview.digits }) : undefined}
        />
        <SelectField name="from" id="fx-convert-from" label={t("converter.from")} defaultValue={preview.from} options={currencies} />
        <SelectField name="to" id="fx-convert-to" label={t("converter.to")} defaultValue={preview.to} options={currencies} />
        <button type="submit" className={`${buttonClass.secondary} w-full sm:w-auto`}>
          {t("converter.submit")}
        </button>
      </form>

      {preview.status === "no_rate" ? (
        <p role="status" className="rounded-md border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-900">
          {t("converter.no_rate", { from: preview.from, to: preview.to })}
        </p>
      ) : null}

      {preview.status === "converted" && found ? (
        <div className="space-y-2 rounded-md border border-slate-200 bg-slate-50 p-4 text-sm" aria-live="polite">
          <p>
            <span className="sr-only">{t("converter.result_label")}: </span>
            <output htmlFor="fx-convert-amount fx-convert-from fx-convert-to" className="block break-words text-xl font-semibold tabular-nums text-slate-900 sm:text-2xl">
              {formatMoney(locale, preview.amountMinor, preview.from)} = {formatMoney(locale, preview.resultMinor, preview.to)}
            </output>
          </p>
          <p className="text-slate-800">
            {t("converter.rate_used", { rate: describeRate(locale, found.from, found.to, found.display) })} {path}
          </p>
          {found.legs.length ? (
            <p className="text-slate-700">{t("converter.effective", { date: formatDateTime(locale, found.effectiveAt), age: formatRelativeAge(locale, found.effectiveAt, now) })}</p>
          ) : null}
          {found.stale ? (
            <p className="flex flex-wrap items-center gap-2 text-amber-900">
              <StaleBadge stale label={t("status.stale")} />
              {t("converter.stale_warning", { count: staleAfterHours })}
            </p>
          ) : null}
          {found.legs.length ? (
            <div>
              <h3 className="mt-2 text-xs font-semibold uppercase tracking-wide text-slate-600">{t("converter.legs_title")}</h3>
              <ul className="mt-1 space-y-1 text-slate-700">
                {found.legs.map((leg) => (
                  <li key={`${leg.base}${leg.quote}`} className="break-words">
                    {describeRate(locale, leg.base, leg.quote, leg.rate)} · {leg.source} · {formatDateTime(locale, leg.effectiveAt)}
                    {leg.inverted ? ` (${t("converter.leg_inverted")})` : ""}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
