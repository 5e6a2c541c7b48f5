import type { Metadata } from "next";
import Link from "next/link";
import { BulkReviewForm } from "@/components/review/bulk-review-form";
import { ReviewQueueItem } from "@/components/review/review-queue-item";
import { PageHeader } from "@/components/ui/page-header";
import { Pager } from "@/components/ui/pager";
import { requirePageActor } from "@/lib/auth/page-guards";
import { pickLocalized } from "@/lib/catalog/localized-text";
import { db } from "@/lib/db/client";
import { formatNumber } from "@/lib/i18n/format";
import { getT, resolveLocale } from "@/lib/i18n/server";
import { isReviewQueueView, listReviewQueue, reviewQueueViews, type ReviewQueueView } from "@/lib/listings/list-review-queue";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ page?: string; view?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: getT(await resolveLocale(params), "review")("title") };
}

export default async function ReviewQueuePage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const actor = await requirePageActor(locale, `/${locale}/hub/review`, "listings:review");
  const t = getT(locale, "review");
  const tc = getT(locale, "console");
  const query = await searchParams;
  const page = Math.max(1, Number(query.page) || 1);
  const view: ReviewQueueView = isReviewQueueView(query.view) ? query.view : "oldest";
  const queue = await listReviewQueue(db(), actor, { page, view });
  const now = new Date();
  const href = (target: ReviewQueueView, targetPage = 1) => `/${locale}/hub/review?${new URLSearchParams({ ...(target === "oldest" ? {} : { view: target }), ...(targetPage > 1 ? { page: String(targetPage) } : {}) })}`;
  const titles = Object.fromEntries(queue.listings.map((listing) => [listing.id, pickLocalized(listing.title, locale).text]));
  return (
    <div className="space-y-6">
      <PageHeader
        title={t("title")}
        description={
          <>
            {t("description", { count: queue.waiting, formatted: formatNumber(locale, queue.waiting) })}
            {queue.flagged !== null ? ` ${t("flagged_count", { count: queue.flagged, formatted: formatNumber(locale, queue.flagged) })}` : null}
          </>
        }
      />
      <nav aria-label={t("view.label")}>
        <ul className="flex flex-wrap gap-2 text-sm">
          {reviewQueueViews.map((option) => (
            <li key={option}>
              <Link
                href={href(option)}
                aria-current={option === view ? "page" : undefined}
                className="inline-flex rounded-full border border-slate-300 bg-white px-3 py-1 font-medium text-slate-800 hover:bg-slate-50 aria-[current=page]:border-brand-700 aria-[current=page]:bg-brand-700 aria-[current=page]:text-white"
              >
                {t(`view.${option}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {queue.listings.length === 0 ? (
        <p className="rounded-xl border border-dashed border-slate-300 bg-white p-8 text-center text-slate-700">{t(view === "flagged_only" && queue.waiting > 0 ? "empty_flagged" : "empty")}</p>
      ) : (
        <>
          <BulkReviewForm locale={locale} titles={titles} />
          <ol className="space-y-4">
            {queue.listings.map((listing) => (
              <li key={listing.id} className="rounded-xl border border-slate-200 bg-white p-5">
                <ReviewQueueItem locale={locale} listing={listing} categoryNames={queue.categoryNames} now={now} />
              </li>
            ))}
          </ol>
        </>
      )}
      <Pager
        label={t("pages")}
        previous={{ label: tc("list.previous"), href: page > 1 ? href(view, page - 1) : null }}
        next={{ label: tc("list.next"), href: page < queue.pages ? href(view, page + 1) : null }}
      />
    </div>
  );
}
