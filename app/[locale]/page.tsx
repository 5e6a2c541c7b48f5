import Link from "next/link";
import { SearchBox } from "@/components/layout/search-box";
import { buttonClass } from "@/components/ui/button-styles";
import { db } from "@/lib/db/client";
import { formatNumber } from "@/lib/i18n/format";
import { getT, resolveLocale } from "@/lib/i18n/server";
import { listTopCategories } from "@/lib/taxonomy/list-top-categories";
import { getCatalogOverview } from "@/lib/catalog/catalog-overview";

export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await resolveLocale(params);
  const t = getT(locale, "home");
  const common = getT(locale);
  const catalog = getT(locale, "catalog");
  const [categories, overview] = await Promise.all([listTopCategories(db(), locale), getCatalogOverview(db())]);
  return (
    <div className="space-y-12">
      <section className="rounded-2xl bg-gradient-to-br from-brand-800 to-brand-600 px-6 py-10 text-white sm:px-10 sm:py-14">
        <h1 className="max-w-3xl text-3xl font-bold tracking-tight sm:text-4xl">{t("hero.title")}</h1>
        <p className="mt-3 max-w-2xl text-brand-50">{t("hero.subtitle")}</p>
        <div className="mt-6 max-w-2xl">
          <SearchBox locale={locale} size="lg" label={common("search.label")} placeholder={t("hero.search_placeholder")} submitLabel={common("search.submit")} />
        </div>
        <p className="mt-3 text-sm text-brand-100">{t("hero.search_hint")}</p>
      </section>

      <section aria-labelledby="categories-heading">
        <h2 id="categories-heading" className="mb-4 text-xl font-semibold">
          {t("categories.title")}
        </h2>
        {categories.length === 0 ? (
          <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-slate-700">{t("categories.empty")}</p>
        ) : (
          <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {categories.map((category) => (
              <li key={category.slug} className="min-w-0 rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
                <div className="flex flex-wrap items-baseline justify-between gap-x-2 gap-y-1">
                  <h3 className="min-w-0 break-words font-semibold text-slate-900 [hyphens:auto]">{category.name}</h3>
                  <Link href={`/${locale}/search?category=${category.slug}`} className="shrink-0 rounded-full bg-sand-100 px-2 py-0.5 text-xs text-slate-800 hover:bg-sand-500 hover:text-white">
                    {overview.listingsByTopCategory[category.slug]
                      ? catalog("home.listing_count", { count: overview.listingsByTopCategory[category.slug], formatted: formatNumber(locale, overview.listingsByTopCategory[category.slug] ?? 0) })
                      : t("categories.subcategory_count", { count: category.subcategoryCount, formatted: formatNumber(locale, category.subcategoryCount) })}
                  </Link>
                </div>
                <ul className="mt-2 flex flex-wrap gap-x-3 gap-y-1 text-sm">
                  {category.subcategories.slice(0, 4).map((sub) => (
                    <li key={sub.slug}>
                      <Link href={`/${locale}/search?category=${sub.slug}`} className="text-brand-700 hover:underline">
                        {sub.name}
                      </Link>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        )}
      </section>

      {overview.featuredSuppliers.length ? (
        <section aria-labelledby="suppliers-heading">
          <h2 id="suppliers-heading" className="mb-4 text-xl font-semibold">
            {catalog("home.featured_suppliers")}
          </h2>
          <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {overview.featuredSuppliers.map((supplier) => (
              <li key={supplier.id}>
                <Link href={`/${locale}/suppliers/${supplier.id}`} className="block rounded-xl border border-slate-200 bg-white p-4 hover:border-brand-600">
                  <span className="block font-semibold">{supplier.name}</span>
                  <span className="block text-sm text-slate-700">{supplier.city}</span>
                  <span className="mt-2 inline-block rounded-full bg-emerald-100 px-2 py-0.5 text-xs font-medium text-emerald-900">
                    {catalog("card.verified")} · {catalog("home.supplier_listings", { count: supplier.listingCount, formatted: formatNumber(locale, supplier.listingCount) })}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="how-heading" className="grid gap-4 md:grid-cols-3">
        <h2 id="how-heading" className="sr-only">
          {t("how.title")}
        </h2>
        {(["buyers", "suppliers", "hub"] as const).map((who) => (
          <div key={who} className="rounded-xl border border-slate-200 bg-white p-5">
            <h3 className="font-semibold">{t(`how.${who}.title`)}</h3>
            <p className="mt-2 text-sm text-slate-700">{t(`how.${who}.text`)}</p>
          </div>
        ))}
      </section>

      <section className="flex flex-wrap items-center justify-between gap-4 rounded-xl bg-sand-100 p-6">
        <p className="font-medium">{t("cta.text")}</p>
        <div className="flex flex-wrap gap-3">
          <Link href={`/${locale}/sign-up?type=BUYER`} className={buttonClass.primary}>
            {t("cta.buyer")}
          </Link>
          <Link href={`/${locale}/sign-up?type=SUPPLIER`} className={buttonClass.secondary}>
            {t("cta.supplier")}
          </Link>
        </div>
      </section>
    </div>
  );
}
