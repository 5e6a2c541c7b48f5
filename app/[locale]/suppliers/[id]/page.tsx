import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ListingCard } from "@/components/search/listing-card";
import { getListingCards } from "@/lib/catalog/get-listing-cards";
import { getStorefront } from "@/lib/catalog/get-storefront";
import { db } from "@/lib/db/client";
import { isAppError } from "@/lib/errors/app-error";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import { getT, resolveLocale } from "@/lib/i18n/server";
import { approximatePrices } from "@/lib/catalog/approximate-prices";
import { resolveDisplayCurrency } from "@/lib/money/resolve-display-currency";
import { getSessionActor } from "@/lib/auth/get-actor";

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<{ page?: string }> };

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
  const page = pageOf((await searchParams).page);
  const { supplier, listingIds, total, pages } = await load(id, page);
  const cards = await getListingCards(db(), listingIds, locale);
  const approx = await approximatePrices(db(), cards.map((card) => ({ key: card.id, minor: card.priceFromMinor, currency: card.currency })), await resolveDisplayCurrency(await getSessionActor(), locale), locale);
  const t = getT(locale, "catalog");
  return (
    <div className="space-y-6">
      <header className="rounded-xl border border-slate-200 bg-white p-6">
        <h1 className="text-2xl font-semibold">{supplier.name}</h1>
        <p className="text-slate-700" lang="zh">{supplier.legalName}</p>
        <p className="mt-1 text-slate-700">{supplier.city}</p>
        <p className={`mt-3 inline-block rounded-full px-2.5 py-0.5 text-xs font-medium ${supplier.verified ? "bg-emerald-100 text-emerald-900" : "bg-slate-100 text-slate-800"}`}>
          {supplier.verified && supplier.verifiedAt ? t("listing.verified_since", { date: formatDate(locale, supplier.verifiedAt) }) : t("listing.not_verified")}
        </p>
        <p className="mt-2 text-sm text-slate-600">{t("listing.on_platform_since", { date: formatDate(locale, supplier.createdAt) })}</p>
      </header>
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
    </div>
  );
}
