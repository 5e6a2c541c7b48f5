import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import type { Locale } from "@/lib/i18n/config";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import { getT } from "@/lib/i18n/server";
import { getOrderReview } from "@/lib/reviews/get-order-review";
import { reviewTextMax, reviewTextMin } from "@/lib/reviews/review-input";
import { OrderReviewForm } from "./order-review-form";
import { Rating } from "./rating";

const statusTone = {
  PENDING: "bg-amber-100 text-amber-900",
  PUBLISHED: "bg-emerald-100 text-emerald-900",
  REJECTED: "bg-slate-100 text-slate-800",
} as const;

/**
 * The order page's review block: the rating form for the buyer of a completed order without a
 * review; otherwise the review with its moderation status (to the buyer and hub staff), or the
 * published review (to the supplier). Nothing at all when there is nothing to show.
 */
export async function OrderReviewSection({ locale, actor, orderId }: { locale: Locale; actor: Actor; orderId: string }) {
  const view = await getOrderReview(db(), actor, orderId);
  if (!view.review && !view.canWrite) return null;
  const t = getT(locale, "trust");
  const review = view.review;
  const own = actor.organization.type === "BUYER";
  return (
    <section aria-labelledby="order-review-heading" className="space-y-3 rounded-xl border border-slate-200 bg-white p-5 sm:p-6">
      <h2 id="order-review-heading" className="text-lg font-semibold">
        {t(review && own ? "order.your_review" : review ? "order.buyer_review" : "order.title")}
      </h2>
      {review ? (
        <div className="space-y-2">
          <div className="flex flex-wrap items-center gap-3">
            <Rating value={review.rating} label={t("rating.value", { rating: formatNumber(locale, review.rating) })} />
            <span className={`rounded-full px-2.5 py-0.5 text-xs font-medium ${statusTone[review.status]}`}>{t(`order.status.${review.status}`)}</span>
          </div>
          <p className="whitespace-pre-line break-words text-slate-800">{review.text}</p>
          <p className="text-xs text-slate-600">{t("order.written_on", { date: formatDate(locale, review.createdAt) })}</p>
        </div>
      ) : (
        <>
          <p className="text-sm text-slate-700">{t("order.intro", { supplier: view.supplierName })}</p>
          <OrderReviewForm
            locale={locale}
            orderId={view.orderId}
            maxLength={reviewTextMax}
            textHint={t("order.text_hint", { min: formatNumber(locale, reviewTextMin), max: formatNumber(locale, reviewTextMax) })}
          />
        </>
      )}
    </section>
  );
}
