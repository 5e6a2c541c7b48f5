import type { Metadata } from "next";
import Link from "next/link";
import { Pager } from "@/components/ui/pager";
import { ReviewDecisionForm } from "@/components/review/review-decision-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageActor } from "@/lib/auth/page-guards";
import { pickLocalized } from "@/lib/catalog/localized-text";
import { db } from "@/lib/db/client";
import { formatMoney, formatNumber, formatRelativeAge } from "@/lib/i18n/format";
import { localeNames } from "@/lib/i18n/config";
import { getT, resolveLocale } from "@/lib/i18n/server";
import { variantSize } from "@/lib/listings/images/image-files";
import { listingImageUrl } from "@/lib/listings/images/listing-image-url";
import { listReviewQueue } from "@/lib/listings/list-review-queue";
import { isCurrencyCode } from "@/lib/money/currencies";
import { categoryName } from "@/lib/taxonomy/category-names";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ page?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: getT(await resolveLocale(params), "review")("title") };
}

export default async function ReviewQueuePage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const actor = await requirePageActor(locale, `/${locale}/hub/review`, "listings:review");
  const t = getT(locale, "review");
  const tc = getT(locale, "console");
  const page = Math.max(1, Number((await searchParams).page) || 1);
  const queue = await listReviewQueue(db(), actor, page);
  const now = new Date();
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} description={t("description", { count: queue.total, formatted: formatNumber(locale, queue.total) })} />
      {queue.listings.length === 0 ? (
        <p className="rounded-xl border border-dashed border-slate-300 bg-white p-8 text-center text-slate-700">{t("empty")}</p>
      ) : (
        <ol className="space-y-4">
          {queue.listings.map((listing) => {
            const title = pickLocalized(listing.title, locale);
            const description = pickLocalized(listing.description, locale);
            const languages = Object.entries((listing.title ?? {}) as Record<string, string>).filter(([, text]) => text).map(([lng]) => localeNames[lng as keyof typeof localeNames] ?? lng);
            return (
              <li key={listing.id} className="rounded-xl border border-slate-200 bg-white p-5">
                <article aria-labelledby={`review-${listing.id}`} className="grid gap-4 lg:grid-cols-[2fr_1fr]">
                  <div className="min-w-0 space-y-2">
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
                    {listing.images.length ? (
                      <ul className="flex flex-wrap gap-2" aria-label={t("photos")}>
                        {listing.images.map((image) => {
                          const size = variantSize(image, "thumb");
                          return (
                            <li key={image.id}>
                              <a href={listingImageUrl(image.storageKey, "large")} target="_blank" rel="noreferrer">
                                {/* eslint-disable-next-line @next/next/no-img-element -- stored thumbnails are already resized WebP */}
                                <img src={listingImageUrl(image.storageKey, "thumb")} alt={t("photo_of", { title: title.text })} width={size.width} height={size.height} loading="lazy" className="h-20 w-20 rounded object-cover" />
                              </a>
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
                        <dd className="tabular-nums">{formatNumber(locale, listing.moq)} {getT(locale, "catalog")(`unit.${listing.unit}`)}</dd>
                      </div>
                      <div>
                        <dt className="text-slate-600">{t("prices")}</dt>
                        <dd className="tabular-nums">
                          {listing.priceTiers.map((tier) => (isCurrencyCode(listing.currency) ? formatMoney(locale, tier.unitPriceMinor, listing.currency) : "")).join(" / ")}
                        </dd>
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
              </li>
            );
          })}
        </ol>
      )}
      <Pager
        label={t("pages")}
        previous={{ label: tc("list.previous"), href: page > 1 ? `/${locale}/hub/review?page=${page - 1}` : null }}
        next={{ label: tc("list.next"), href: page < queue.pages ? `/${locale}/hub/review?page=${page + 1}` : null }}
      />
    </div>
  );
}
