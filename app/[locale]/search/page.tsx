import type { Metadata } from "next";
import Link from "next/link";
import { SearchBox } from "@/components/layout/search-box";
import { PageHeader } from "@/components/ui/page-header";
import { db } from "@/lib/db/client";
import { getT, resolveLocale } from "@/lib/i18n/server";
import { searchCategories } from "@/lib/taxonomy/search-categories";
import { categoryName } from "@/lib/taxonomy/category-names";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ q?: string; category?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: getT(await resolveLocale(params))("search.title") };
}

/**
 * Search across the taxonomy in any of the five languages. The catalog issue replaces the
 * result list with listings; the URL contract (?q=, ?category=) stays.
 */
export default async function SearchPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const t = getT(locale);
  const { q = "", category } = await searchParams;
  const query = q.slice(0, 200);
  const selected = category
    ? await db().category.findUnique({ where: { slug: category }, select: { slug: true, names: true, hsCode: true, parent: { select: { names: true } } } })
    : null;
  const matches = query ? await searchCategories(db(), query, locale) : [];
  return (
    <div>
      <PageHeader title={t("search.title")} />
      <div className="mb-6 max-w-2xl">
        <SearchBox locale={locale} label={t("search.label")} placeholder={t("search.placeholder")} submitLabel={t("search.submit")} defaultValue={query} />
      </div>
      {selected ? (
        <div className="mb-6 rounded-xl border border-slate-200 bg-white p-5">
          <p className="text-sm text-slate-600">{selected.parent ? categoryName(selected.parent.names, locale) : null}</p>
          <h2 className="text-xl font-semibold">{categoryName(selected.names, locale)}</h2>
          {selected.hsCode ? <p className="mt-1 text-sm text-slate-700">{t("search.hs_code", { code: selected.hsCode })}</p> : null}
          <p className="mt-3 text-slate-700">{t("search.listings_coming")}</p>
        </div>
      ) : null}
      {query ? (
        <section aria-live="polite">
          <h2 className="mb-3 font-semibold">{t("search.category_results", { count: matches.length, query })}</h2>
          {matches.length === 0 ? (
            <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-slate-700">{t("search.no_results")}</p>
          ) : (
            <ul className="grid gap-3 sm:grid-cols-2">
              {matches.map((match) => (
                <li key={match.slug}>
                  <Link href={`/${locale}/search?category=${match.slug}`} className="block rounded-lg border border-slate-200 bg-white p-4 hover:border-brand-600">
                    <span className="block text-xs text-slate-600">{match.parentName}</span>
                    <span className="block font-medium">{match.name}</span>
                    {match.hsCode ? <span className="block text-xs text-slate-600">{t("search.hs_code", { code: match.hsCode })}</span> : null}
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : null}
    </div>
  );
}
