import type { Metadata } from "next";
import Link from "next/link";
import { Rating } from "@/components/trust/rating";
import { ReviewModerationForm } from "@/components/trust/review-moderation-form";
import { PageHeader } from "@/components/ui/page-header";
import { Pager } from "@/components/ui/pager";
import { requirePageActor } from "@/lib/auth/page-guards";
import { db } from "@/lib/db/client";
import { intlLocale } from "@/lib/i18n/config";
import { formatNumber, formatRelativeAge } from "@/lib/i18n/format";
import { getT, resolveLocale } from "@/lib/i18n/server";
import { listReviewQueue } from "@/lib/reviews/list-review-queue";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ page?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: getT(await resolveLocale(params), "trust")("hub.title") };
}

/** Hub moderators publish or reject buyers' reviews, oldest first, before they reach supplier pages. */
export default async function ReviewModerationPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const actor = await requirePageActor(locale, `/${locale}/hub/reviews`, "reviews:moderate");
  const t = getT(locale, "trust");
  const page = Math.max(1, Number((await searchParams).page) || 1);
  const queue = await listReviewQueue(db(), actor, page);
  const regions = new Intl.DisplayNames([intlLocale[locale]], { type: "region" });
  const now = new Date();
  return (
    <div className="space-y-6">
      <PageHeader title={t("hub.title")} description={t("hub.description", { count: queue.total, formatted: formatNumber(locale, queue.total) })} />
      <p className="max-w-3xl text-sm text-slate-700">{t("hub.rules")}</p>
      {queue.reviews.length === 0 ? (
        <p className="rounded-xl border border-dashed border-slate-300 bg-white p-8 text-center text-slate-700">{t("hub.empty")}</p>
      ) : (
        <ol className="space-y-4">
          {queue.reviews.map((review) => {
            const { order } = review;
            return (
              <li key={review.id} className="rounded-xl border border-slate-200 bg-white p-5">
                <article aria-labelledby={`review-${review.id}`} className="grid gap-4 lg:grid-cols-[2fr_1fr]">
                  <div className="min-w-0 space-y-2">
                    <h2 id={`review-${review.id}`} className="text-lg font-semibold text-slate-900">
                      <Link href={`/${locale}/orders/${order.id}`} className="underline underline-offset-2 hover:text-brand-800">
                        {t("hub.order", { number: order.number })}
                      </Link>
                    </h2>
                    <dl className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-2">
                      <div>
                        <dt className="text-slate-600">{t("hub.supplier")}</dt>
                        <dd>
                          <Link href={`/${locale}/suppliers/${order.supplier.id}`} className="text-brand-700 underline underline-offset-2">
                            {order.supplier.name}
                          </Link>
                          , {order.supplier.city}
                        </dd>
                      </div>
                      <div>
                        <dt className="text-slate-600">{t("hub.buyer")}</dt>
                        <dd>
                          {order.buyer.name}, {order.buyer.city}, {regions.of(order.buyer.country) ?? order.buyer.country}
                        </dd>
                      </div>
                    </dl>
                    <Rating value={review.rating} label={t("rating.value", { rating: formatNumber(locale, review.rating) })} />
                    <p className="whitespace-pre-line break-words text-slate-800">{review.text}</p>
                    <p className="text-xs text-slate-600">{t("hub.submitted", { age: formatRelativeAge(locale, review.createdAt, now) })}</p>
                  </div>
                  <ReviewModerationForm locale={locale} reviewId={review.id} orderNumber={order.number} />
                </article>
              </li>
            );
          })}
        </ol>
      )}
      <Pager
        label={t("hub.pages")}
        previous={{ label: t("hub.previous"), href: page > 1 ? `/${locale}/hub/reviews?page=${page - 1}` : null }}
        next={{ label: t("hub.next"), href: page < queue.pages ? `/${locale}/hub/reviews?page=${page + 1}` : null }}
      />
    </div>
  );
}
