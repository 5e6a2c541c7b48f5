import type { Locale } from "@/lib/i18n/config";
import { intlLocale } from "@/lib/i18n/config";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import { getT } from "@/lib/i18n/server";
import type { listPublishedReviews } from "@/lib/reviews/list-published-reviews";
import { Pager } from "@/components/ui/pager";
import { Rating } from "./rating";

type Reviews = Awaited<ReturnType<typeof listPublishedReviews>>;

/**
 * A supplier's published reviews on its public page, newest first. `pageHref` builds the link
 * to another page of reviews (the storefront keeps its own listing pager separate).
 */
export function PublishedReviews({ locale, reviews, page, pageHref }: { locale: Locale; reviews: Reviews; page: number; pageHref: (page: number) => string }) {
  const t = getT(locale, "trust");
  const regions = new Intl.DisplayNames([intlLocale[locale]], { type: "region" });
  return (
    <section id="reviews" aria-labelledby="reviews-heading" className="space-y-3 rounded-xl border border-slate-200 bg-white p-5">
      <h2 id="reviews-heading" className="font-semibold">
        {t("storefront.reviews")}
        {reviews.total ? <span className="font-normal text-slate-600"> · {t("rating.reviews", { count: reviews.total, formatted: formatNumber(locale, reviews.total) })}</span> : null}
      </h2>
      {reviews.reviews.length === 0 ? (
        <p className="text-sm text-slate-700">{t("storefront.reviews_empty")}</p>
      ) : (
        <ul className="divide-y divide-slate-100">
          {reviews.reviews.map((review) => (
            <li key={review.id} className="space-y-1 py-3 first:pt-0 last:pb-0">
              <Rating value={review.rating} label={t("rating.value", { rating: formatNumber(locale, review.rating) })} />
              <p className="whitespace-pre-line break-words text-slate-800">{review.text}</p>
              <p className="text-xs text-slate-600">
                {t("storefront.buyer_from", { city: review.buyerCity, country: regions.of(review.buyerCountry) ?? review.buyerCountry })} · {formatDate(locale, review.writtenAt)}
              </p>
            </li>
          ))}
        </ul>
      )}
      <Pager
        label={t("storefront.review_pages")}
        previous={{ label: t("hub.previous"), href: page > 1 ? pageHref(page - 1) : null }}
        next={{ label: t("hub.next"), href: page < reviews.pages ? pageHref(page + 1) : null }}
      />
    </section>
  );
}
