import { intlLocale, isLocale, localeNames, type Locale } from "@/lib/i18n/config";
import { formatDate, formatDateTime, formatMoney, formatNumber } from "@/lib/i18n/format";
import { getT } from "@/lib/i18n/server";
import { isCurrencyCode } from "@/lib/money/currencies";
import type { RfqView } from "@/lib/rfq/get-rfq";
import { categoryName } from "@/lib/taxonomy/category-names";
import { AttachmentLinks } from "./attachment-links";
import { expiryText } from "./deal-time";

type Props = { locale: Locale; rfq: RfqView; side: "buyer" | "supplier" | "hub"; timeZone: string; now: Date };

/** What was asked for: the description in its own language, the terms, the files. */
export function RfqDetails({ locale, rfq, side, timeZone, now }: Props) {
  const t = getT(locale, "rfq");
  const unit = getT(locale, "catalog")(`unit.${rfq.unit}`, { defaultValue: rfq.unit });
  const incotermName = getT(locale, "console")(`incoterm.${rfq.incoterm}`, { defaultValue: "" });
  const country = new Intl.DisplayNames([intlLocale[locale]], { type: "region" }).of(rfq.destinationCountry) ?? rfq.destinationCountry;
  const language = isLocale(rfq.language) ? localeNames[rfq.language] : rfq.language;
  const facts: [string, string][] = [
    [t("details.category"), categoryName(rfq.category.names, locale)],
    [t("details.quantity"), `${formatNumber(locale, rfq.quantity)} ${unit}`],
    [t("details.target_price"), rfq.targetPriceMinor !== null && rfq.targetCurrency && isCurrencyCode(rfq.targetCurrency) ? `${formatMoney(locale, rfq.targetPriceMinor, rfq.targetCurrency)} / ${unit}` : t("details.no_target_price")],
    [t("details.incoterm"), `${rfq.incoterm} ${rfq.namedPlace}${incotermName ? ` (${incotermName})` : ""}`],
    [t("details.destination"), `${rfq.destinationCity}, ${country}`],
    [t("details.required_by"), formatDate(locale, rfq.requiredBy)],
    [t("details.expires"), `${formatDateTime(locale, rfq.expiresAt, timeZone)} · ${expiryText(t, locale, rfq.expiresAt, now)}`],
  ];
  if (side !== "buyer") facts.unshift([t("details.buyer"), `${rfq.buyer.name}, ${rfq.buyer.city}`]);
  if (side !== "supplier") {
    facts.push([t("details.visibility"), t(`details.visibility_${rfq.visibility}`)]);
    if (rfq.status !== "DRAFT") facts.push([t("details.recipients"), t("details.recipients_count", { count: rfq.recipientCount, formatted: formatNumber(locale, rfq.recipientCount) })]);
  }
  if (rfq.publishedAt) facts.push([t("details.published"), formatDateTime(locale, rfq.publishedAt, timeZone)]);

  return (
    <section aria-labelledby="rfq-details-heading" className="space-y-4 rounded-xl border border-slate-200 bg-white p-5 sm:p-6">
      <h2 id="rfq-details-heading" className="text-lg font-semibold">
        {t("details.title")}
      </h2>
      <div>
        <p className="whitespace-pre-line break-words text-slate-800" lang={rfq.language}>
          {rfq.description}
        </p>
        <p className="mt-1 text-xs text-slate-600">{t("details.written_in", { language })}</p>
      </div>
      <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-2">
        {facts.map(([label, value]) => (
          <div key={label} className="min-w-0">
            <dt className="text-slate-600">{label}</dt>
            <dd className="break-words font-medium">{value}</dd>
          </div>
        ))}
      </dl>
      {rfq.attachments.length ? (
        <div className="space-y-1">
          <h3 className="text-sm font-semibold">{t("details.attachments")}</h3>
          <AttachmentLinks locale={locale} attachments={rfq.attachments} label={t("details.attachments")} />
        </div>
      ) : null}
      <p className="text-xs text-slate-600">{t("times_in", { zone: timeZone })}</p>
    </section>
  );
}
