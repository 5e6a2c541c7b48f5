import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ListingCard } from "@/components/search/listing-card";
import { getListingCards } from "@/lib/catalog/get-listing-cards";
import { getStorefront } from "@/lib/catalog/get-storefront";
import { db } from "@/lib/db/client";
import { isAppError } from "@/lib/errors/app-error";
import { formatNumber } from "@/lib/i18n/format";
import { getT, resolveLocale } from "@/lib/i18n/server";
import { approximatePrices } from "@/lib/catalog/approximate-prices";
import { resolveDisplayCurrency } from "@/lib/money/resolve-display-currency";
import { getSessionActor } from "@/lib/auth/get-actor";
import { PublishedReviews } from "@/components/trust/published-reviews";
import { TrustSignals } from "@/components/trust/trust-signals";
import { listPublishedReviews } from "@/lib/reviews/list-published-reviews";
import { getSupplierTrustSignalsFor } from "@/lib/trust/supplier-trust-signals";

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<{ page?: string; reviews?: string }> };

async function load(id: string, page: number) {
  try {
    return await getStorefront(db(), id, page);
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}

const pageOf = (value?: string) => (value && /^\d{1,4}$/.test(value) && Number(value) > 0 ? Number(value) : 1);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  return { title: (await load(id, 1)).supplier.name };
}

export default async function StorefrontPage({ params, searchParams }: Props) {
  const { id } = await params;
  const locale = await resolveLocale(params);
  const query = await searchParams;
  const page = pageOf(query.page);
  const reviewsPage = pageOf(query.reviews);
  const { supplier, listingIds, total, pages } = await load(id, page);
  const [signals, reviews] = await Promise.all([getSupplierTrustSignalsFor(db(), supplier.id), listPublishedReviews(db(), supplier.id, reviewsPage)]);
  const cards = await getListingCards(db(), listingIds, locale);
  const approx = await approximatePrices(db(), cards.map((card) => ({ key: card.id, minor: card.priceFromMinor, currency: card.currency })), await resolveDisplayCurrency(await getSessionActor(), locale), locale);
  const t = getT(locale, "catalog");
  return (
    <div className="space-y-6">
      <header className="rounded-xl border border-slate-200 bg-white p-6">
        <h1 className="text-2xl font-semibold">{supplier.name}</h1>
        <p className="text-slate-700" lang="zh">{supplier.legalName}</p>
        <p className="mt-1 text-slate-700">{supplier.city}</p>
      </header>
      {signals ? <TrustSignals locale={locale} signals={signals} /> : null}
      <section aria-labelledby="storefront-listings">
        <h2 id="storefront-listings" className="mb-3 font-semibold">
          {t("storefront.listings")} · {t("search.results", { count: total, formatted: formatNumber(locale, total) })}
        </h2>
        <ul className="space-y-3">
          {cards.map((card) => (
            <ListingCard key={card.id} locale={locale} card={card} approx={approx.get(card.id)} />
          ))}
        </ul>
        {pages > 1 ? (
          <nav aria-label={t("search.pagination")} className="mt-6 flex items-center justify-between text-sm">
            {page > 1 ? <Link href={`?page=${page - 1}`} rel="prev" className="font-medium text-brand-700 hover:underline">← {t("search.previous")}</Link> : <span />}
            <span className="text-slate-600">{t("search.page", { page: formatNumber(locale, page), pages: formatNumber(locale, pages) })}</span>
            {page < pages ? <Link href={`?page=${page + 1}`} rel="next" className="font-medium text-brand-700 hover:underline">{t("search.next")} →</Link> : <span />}
          </nav>
        ) : null}
      </section>
      <PublishedReviews locale={locale} reviews={reviews} page={reviewsPage} pageHref={(next) => `?${new URLSearchParams({ ...(page > 1 ? { page: String(page) } : {}), reviews: String(next) })}#reviews`} />
    </div>
  );
}
