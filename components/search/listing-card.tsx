import Link from "next/link";
import type { ApproximatePrice } from "@/lib/catalog/approximate-prices";
import type { ListingCard as Card } from "@/lib/catalog/get-listing-cards";
import { localeNames, type Locale } from "@/lib/i18n/config";
import { formatMoney, formatNumber } from "@/lib/i18n/format";
import { getT } from "@/lib/i18n/server";
import { isCurrencyCode } from "@/lib/money/currencies";
import { HighlightedText } from "./highlighted-text";

export function ListingCard({ locale, card, highlightedTitle, approx }: { locale: Locale; card: Card; highlightedTitle?: string; approx?: ApproximatePrice }) {
  const t = getT(locale, "catalog");
  const unit = t(`unit.${card.unit}`, { defaultValue: card.unit });
  const price = isCurrencyCode(card.currency) ? formatMoney(locale, card.priceFromMinor, card.currency) : `${card.priceFromMinor} ${card.currency}`;
  const details = (
    <>
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <h3 className="min-w-0 break-words font-semibold text-slate-900">
          <Link href={`/${locale}/listings/${card.id}`} className="hover:underline" lang={card.titleLocale}>
            {highlightedTitle ? <HighlightedText html={highlightedTitle} className="[&_mark]:rounded [&_mark]:bg-sand-100 [&_mark]:px-0.5 [&_mark]:text-slate-900" /> : card.title}
          </Link>
        </h3>
        <div className="shrink-0 text-right">
          <p className="font-semibold text-brand-800">{t("card.price_from", { price, unit })}</p>
          {approx ? (
            <p className="text-xs text-slate-600" title={approx.title}>
              {approx.text}
            </p>
          ) : null}
        </div>
      </div>
      <p className="mt-1 text-sm text-slate-600">
        {card.category.name}
        {card.titleLocale !== locale ? <span className="ml-2 rounded bg-slate-100 px-1.5 py-0.5 text-xs">{t("card.other_language", { language: localeNames[card.titleLocale] })}</span> : null}
      </p>
      <div className="mt-2 flex flex-wrap items-center gap-x-4 gap-y-1 text-sm text-slate-700">
        <span>{t("card.moq", { moq: formatNumber(locale, card.moq), unit })}</span>
        <span>{t("card.lead_time", { count: card.leadTimeDays })}</span>
        <Link href={`/${locale}/suppliers/${card.supplier.id}`} className="text-brand-700 hover:underline">
          {card.supplier.name}, {card.supplier.city}
        </Link>
        {card.supplier.verified ? (
          <span className="rounded-full bg-emerald-100 px-2 py-0.5 text-xs font-medium text-emerald-900">{t("card.verified")}</span>
        ) : null}
      </div>
      {card.certifications.length ? (
        <ul className="mt-2 flex flex-wrap gap-1.5" aria-label={t("listing.certifications")}>
          {card.certifications.map((cert) => (
            <li key={cert} className="rounded border border-slate-300 px-1.5 py-0.5 text-xs text-slate-700">
              {cert}
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
  const image = card.image;
  return (
    <li className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm hover:border-brand-600">
      {image ? (
        <div className="flex gap-3 sm:gap-4">
          {/* Decorative unless the supplier described the photo: the title next to it already names the product. */}
          {/* eslint-disable-next-line @next/next/no-img-element -- the thumbnail is already a resized WebP; the optimizer would only re-encode it */}
          <img
            src={image.url}
            width={image.width}
            height={image.height}
            alt={image.alt}
            lang={image.alt ? image.altLocale : undefined}
            loading="lazy"
            decoding="async"
            className="h-20 w-20 shrink-0 rounded-lg bg-slate-100 object-cover sm:h-28 sm:w-28"
          />
          <div className="min-w-0 flex-1">{details}</div>
        </div>
      ) : (
        details
      )}
    </li>
  );
}
