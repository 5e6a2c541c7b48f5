import type { Metadata } from "next";
import Link from "next/link";
import { FacetPanel } from "@/components/search/facet-panel";
import { InstantSearchBox } from "@/components/search/instant-search-box";
import { ListingCard } from "@/components/search/listing-card";
import { SortSelect } from "@/components/search/sort-select";
import { Alert } from "@/components/ui/alert";
import { getListingCardsCached } from "@/lib/catalog/listing-card-cache";
import { db } from "@/lib/db/client";
import { formatNumber } from "@/lib/i18n/format";
import { getT, resolveLocale } from "@/lib/i18n/server";
import { runSearch } from "@/lib/search/run-search";
import { parseSearchParams, searchParamsFor } from "@/lib/search/search-params";
import { sortOptions } from "@/lib/search/types";
import { listTopCategories } from "@/lib/taxonomy/list-top-categories";
import { approximatePrices } from "@/lib/catalog/approximate-prices";
import { resolveDisplayCurrency } from "@/lib/money/resolve-display-currency";
import { getSessionActor } from "@/lib/auth/get-actor";

type Params = Record<string, string | string[] | undefined>;
type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Params> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const q = (await searchParams).q;
  const title = getT(locale)("search.title");
  return { title: typeof q === "string" && q ? `${q} — ${title}` : title };
}

export default async function SearchPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const raw = await searchParams;
  const t = getT(locale, "catalog");
  const common = getT(locale);
  const query = parseSearchParams(raw, locale);
  const [outcome, categories] = await Promise.all([runSearch(query), listTopCategories(db(), locale)]);
  const hrefWith = (changes: Params) => `/${locale}/search?${searchParamsFor({ params: raw }, changes)}`;

  if (!outcome.ok) {
    return (
      <div className="space-y-4">
        <h1 className="text-2xl font-semibold">{common("search.title")}</h1>
        <Alert kind="error">{t("search.unavailable")}</Alert>
      </div>
    );
  }
  const result = outcome.result;
  const cards = await getListingCardsCached(db(), result.hits.map((hit) => hit.id), locale);
  const highlights = new Map(result.hits.map((hit) => [hit.id, hit.highlightedTitle]));
  const approx = await approximatePrices(db(), cards.map((card) => ({ key: card.id, minor: card.priceFromMinor, currency: card.currency })), await resolveDisplayCurrency(await getSessionActor(), locale), locale);
  const pages = Math.max(1, Math.ceil(result.total / query.limit));
  const first = (value: Params[string]) => (Array.isArray(value) ? value[0] : value);

  return (
    <div className="space-y-6">
      <h1 className="sr-only">{common("search.title")}</h1>
      <div className="max-w-3xl">
        <InstantSearchBox label={common("search.label")} placeholder={common("search.placeholder")} submitLabel={common("search.submit")} defaultValue={query.q} />
      </div>
      <div className="grid gap-6 lg:grid-cols-[17rem_minmax(0,1fr)]">
        <FacetPanel locale={locale} query={query} facets={result.facets} categories={categories} hrefWith={hrefWith} priceInputs={{ min: first(raw.priceMin), max: first(raw.priceMax) }} />
        <section aria-labelledby="results-heading" className="min-w-0">
          <div className="mb-3 flex flex-wrap items-center justify-between gap-3">
            <h2 id="results-heading" className="font-semibold" aria-live="polite" data-total={result.total}>
              {t("search.results", { count: result.total, formatted: formatNumber(locale, result.total) })}{" "}
              <span className="text-sm font-normal text-slate-600">{t("search.took", { ms: formatNumber(locale, result.tookMs, { maximumFractionDigits: 0 }) })}</span>
            </h2>
            <SortSelect label={t("search.sort_label")} submitLabel={t("search.apply")} value={query.sort} options={sortOptions.map((value) => ({ value, label: t(`search.sort.${value}`) }))} />
          </div>
          {cards.length ? (
            <ul className="space-y-3">
              {cards.map((card) => (
                <ListingCard key={card.id} locale={locale} card={card} highlightedTitle={highlights.get(card.id)} approx={approx.get(card.id)} />
              ))}
            </ul>
          ) : (
            <div className="rounded-xl border border-dashed border-slate-300 bg-white p-6">
              <p className="font-semibold">{t("search.empty_title")}</p>
              {result.suggestion ? (
                <p className="mt-2">
                  {t("search.did_you_mean")}{" "}
                  <Link href={hrefWith({ q: result.suggestion, page: undefined })} className="font-medium text-brand-700 underline">
                    {result.suggestion}
                  </Link>
                  ?
                </p>
              ) : null}
              <p className="mt-2 text-sm text-slate-700">{t("search.empty_hint")}</p>
              <Link href={`/${locale}/search?${searchParamsFor({ params: {} }, { q: query.q || undefined })}`} className="mt-3 inline-block text-sm font-medium text-brand-700 underline">
                {t("search.relax")}
              </Link>
            </div>
          )}
          {pages > 1 ? (
            <nav aria-label={t("search.pagination")} className="mt-6 flex items-center justify-between gap-3 text-sm">
              {query.page > 1 ? (
                <Link href={hrefWith({ page: String(query.page - 1) })} rel="prev" className="font-medium text-brand-700 hover:underline">
                  ← {t("search.previous")}
                </Link>
              ) : (
                <span />
              )}
              <span className="text-slate-600">{t("search.page", { page: formatNumber(locale, query.page), pages: formatNumber(locale, pages) })}</span>
              {query.page < pages ? (
                <Link href={hrefWith({ page: String(query.page + 1) })} rel="next" className="font-medium text-brand-700 hover:underline">
                  {t("search.next")} →
                </Link>
              ) : (
                <span />
              )}
            </nav>
          ) : null}
        </section>
      </div>
    </div>
  );
}
