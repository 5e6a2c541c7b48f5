import Link from "next/link";
import { pickLocalized } from "@/lib/catalog/localized-text";
import { localeNames, type Locale } from "@/lib/i18n/config";
import { formatMoney, formatNumber, formatRelativeAge } from "@/lib/i18n/format";
import { getT } from "@/lib/i18n/server";
import { variantSize } from "@/lib/listings/images/image-files";
import { listingImageUrl } from "@/lib/listings/images/listing-image-url";
import type { ReviewQueueListing } from "@/lib/listings/list-review-queue";
import { isCurrencyCode } from "@/lib/money/currencies";
import { categoryName } from "@/lib/taxonomy/category-names";
import { bulkFormId } from "./bulk-form-id";
import { ReviewDecisionForm } from "./review-decision-form";
import { ReviewDiff } from "./review-diff";
import { FlagBadge, ReviewFlags } from "./review-flags";

type Props = { locale: Locale; listing: ReviewQueueListing; categoryNames: Record<string, unknown>; now: Date };

/** One listing in the queue: what it is, its warnings, what changed, and the decision form. */
export function ReviewQueueItem({ locale, listing, categoryNames, now }: Props) {
  const t = getT(locale, "review");
  const tc = getT(locale, "console");
  const title = pickLocalized(listing.title, locale);
  const description = pickLocalized(listing.description, locale);
  const languages = Object.entries((listing.title ?? {}) as Record<string, string>).filter(([, text]) => text).map(([lng]) => localeNames[lng as keyof typeof localeNames] ?? lng);
  const addedImages = listing.diff.kind === "changed" ? (listing.diff.changes.find((change) => change.field === "images")?.added ?? []) : [];
  return (
    <article aria-labelledby={`review-${listing.id}`} className="grid gap-4 lg:grid-cols-[2fr_1fr]">
      <div className="min-w-0 space-y-2">
        <div className="flex flex-wrap items-center gap-3">
          <label className="inline-flex items-center gap-2 text-sm text-slate-700">
            <input type="checkbox" name="listingIds" value={listing.id} form={bulkFormId} aria-label={t("select_listing", { title: title.text })} className="h-4 w-4 rounded border-slate-300" />
            {t("select")}
          </label>
          <FlagBadge locale={locale} flags={listing.flags} />
        </div>
        <h2 id={`review-${listing.id}`} className="text-lg font-semibold text-slate-900">
          <Link href={`/${locale}/listings/${listing.id}`} className="hover:underline">
            {title.text}
          </Link>
        </h2>
        <p className="text-sm text-slate-700">
          {listing.supplier.name} · {listing.supplier.city} · {t(listing.supplier.verificationStatus === "VERIFIED" ? "supplier_verified" : "supplier_unverified")}
        </p>
        <p className="text-sm text-slate-600">
          {categoryName(listing.category.names, locale)} · {tc("editor.sku")} {listing.sku} · HS {listing.hsCode}
        </p>
        <p className="text-xs text-slate-600">{t("languages", { list: languages.join(", ") })}</p>
        <ReviewFlags locale={locale} listingId={listing.id} flags={listing.flags} />
        <ReviewDiff locale={locale} listingId={listing.id} diff={listing.diff} categoryNames={{ ...categoryNames, [listing.category.slug]: listing.category.names }} />
        {listing.images.length ? (
          <ul className="flex flex-wrap gap-2" aria-label={t("photos")}>
            {listing.images.map((image) => {
              const size = variantSize(image, "thumb");
              return (
                <li key={image.id} className="relative">
                  <a href={listingImageUrl(image.storageKey, "large")} target="_blank" rel="noreferrer">
                    {/* eslint-disable-next-line @next/next/no-img-element -- stored thumbnails are already resized WebP */}
                    <img src={listingImageUrl(image.storageKey, "thumb")} alt={t("photo_of", { title: title.text })} width={size.width} height={size.height} loading="lazy" className="h-20 w-20 rounded object-cover" />
                  </a>
                  {addedImages.includes(image.id) ? <span className="absolute left-1 top-1 rounded bg-brand-700 px-1 text-xs font-semibold text-white">{t("new_photo")}</span> : null}
                </li>
              );
            })}
          </ul>
        ) : (
          <p className="text-sm text-amber-800">{t("no_photos")}</p>
        )}
        {description.text ? <p className="line-clamp-3 text-sm text-slate-800">{description.text}</p> : null}
        <dl className="grid grid-cols-2 gap-x-4 gap-y-1 text-sm sm:grid-cols-4">
          <div>
            <dt className="text-slate-600">{tc("editor.moq")}</dt>
            <dd className="tabular-nums">
              {formatNumber(locale, listing.moq)} {getT(locale, "catalog")(`unit.${listing.unit}`)}
            </dd>
          </div>
          <div>
            <dt className="text-slate-600">{t("prices")}</dt>
            <dd className="tabular-nums">{listing.priceTiers.map((tier) => (isCurrencyCode(listing.currency) ? formatMoney(locale, tier.unitPriceMinor, listing.currency) : "")).join(" / ")}</dd>
          </div>
          <div>
            <dt className="text-slate-600">{tc("editor.lead_time")}</dt>
            <dd className="tabular-nums">{formatNumber(locale, listing.leadTimeDays)}</dd>
          </div>
          <div>
            <dt className="text-slate-600">{tc("editor.certifications")}</dt>
            <dd>{listing.certifications.join(", ") || "—"}</dd>
          </div>
        </dl>
        <p className="text-xs text-slate-600">{listing.submittedAt ? t("waiting", { age: formatRelativeAge(locale, listing.submittedAt, now) }) : null}</p>
      </div>
      <ReviewDecisionForm locale={locale} listingId={listing.id} title={title.text} />
    </article>
  );
}
