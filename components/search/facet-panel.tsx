import Link from "next/link";
import type { Locale } from "@/lib/i18n/config";
import { formatNumber } from "@/lib/i18n/format";
import { getT } from "@/lib/i18n/server";
import type { SearchFacets, SearchQuery } from "@/lib/search/types";
import type { TopCategory } from "@/lib/taxonomy/list-top-categories";
import { buttonClass } from "@/components/ui/button-styles";
import { AutoSubmit } from "./auto-submit";

type Props = {
  locale: Locale;
  query: SearchQuery;
  facets: SearchFacets;
  categories: TopCategory[];
  /** Builds a search URL with some parameters changed. */
  hrefWith: (changes: Record<string, string | string[] | undefined>) => string;
  /** Price bounds as typed (decimal strings), to refill the inputs. */
  priceInputs: { min?: string; max?: string };
};

function CheckboxGroup({ name, legend, counts, selected, locale }: { name: string; legend: string; counts: Record<string, number>; selected: string[]; locale: Locale }) {
  const values = [...new Set([...Object.keys(counts), ...selected])].sort((a, b) => (counts[b] ?? 0) - (counts[a] ?? 0) || a.localeCompare(b));
  if (!values.length) return null;
  return (
    <fieldset className="space-y-1">
      <legend className="mb-1 text-sm font-semibold text-slate-800">{legend}</legend>
      {values.slice(0, 15).map((value) => (
        <label key={value} className="flex items-center gap-2 text-sm">
          <input type="checkbox" name={name} value={value} defaultChecked={selected.includes(value)} className="h-4 w-4 accent-brand-700" />
          <span className="min-w-0 flex-1 truncate">{value}</span>
          <span className="text-xs text-slate-600">{formatNumber(locale, counts[value] ?? 0)}</span>
        </label>
      ))}
    </fieldset>
  );
}

/**
 * The filters beside the results: a GET form, so filters work without JavaScript and end up
 * in the URL; with JavaScript each change applies at once. Counts come from the engine.
 */
export function FacetPanel({ locale, query, facets, categories, hrefWith, priceInputs }: Props) {
  const t = getT(locale, "catalog");
  const f = query.filters;
  const selectedTop = categories.find((top) => top.slug === f.category || top.subcategories.some((sub) => sub.slug === f.category));
  const inputClass = "w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm";
  return (
    <aside aria-label={t("search.filters")} className="order-2 min-w-0 space-y-5 rounded-xl border border-slate-200 bg-white p-4 lg:order-none">
      <nav aria-label={t("search.category")} className="text-sm">
        <p className="mb-1 font-semibold text-slate-800">{t("search.category")}</p>
        <ul className="space-y-0.5">
          <li>
            <Link href={hrefWith({ category: undefined, page: undefined })} aria-current={!f.category ? "true" : undefined} className="text-brand-700 hover:underline aria-[current]:font-semibold aria-[current]:text-slate-900">
              {t("search.all_categories")}
            </Link>
          </li>
          {(selectedTop ? [selectedTop] : categories.filter((top) => facets.category[top.slug])).map((top) => (
            <li key={top.slug}>
              <Link href={hrefWith({ category: top.slug, page: undefined })} aria-current={f.category === top.slug ? "true" : undefined} className="flex justify-between gap-2 text-brand-700 hover:underline aria-[current]:font-semibold aria-[current]:text-slate-900">
                <span>{top.name}</span>
                <span className="text-xs text-slate-600">{formatNumber(locale, facets.category[top.slug] ?? 0)}</span>
              </Link>
              {selectedTop ? (
                <ul className="ml-3 mt-0.5 space-y-0.5">
                  {top.subcategories.filter((sub) => facets.category[sub.slug] || sub.slug === f.category).map((sub) => (
                    <li key={sub.slug}>
                      <Link href={hrefWith({ category: sub.slug, page: undefined })} aria-current={f.category === sub.slug ? "true" : undefined} className="flex justify-between gap-2 text-brand-700 hover:underline aria-[current]:font-semibold aria-[current]:text-slate-900">
                        <span>{sub.name}</span>
                        <span className="text-xs text-slate-600">{formatNumber(locale, facets.category[sub.slug] ?? 0)}</span>
                      </Link>
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          ))}
        </ul>
      </nav>

      <form method="get" className="space-y-5" id="facet-form">
        <AutoSubmit formId="facet-form" />
        {query.q ? <input type="hidden" name="q" value={query.q} /> : null}
        {f.category ? <input type="hidden" name="category" value={f.category} /> : null}
        {query.sort !== "relevance" ? <input type="hidden" name="sort" value={query.sort} /> : null}
        <label className="flex items-center gap-2 text-sm font-semibold text-slate-800">
          <input type="checkbox" name="verified" value="1" defaultChecked={f.verifiedOnly} className="h-4 w-4 accent-brand-700" />
          <span className="flex-1">{t("search.verified")}</span>
          <span className="text-xs font-normal text-slate-600">{formatNumber(locale, facets.verified["true"] ?? 0)}</span>
        </label>
        <CheckboxGroup name="city" legend={t("search.city")} counts={facets.city} selected={f.cities ?? []} locale={locale} />
        <CheckboxGroup name="cert" legend={t("search.certification")} counts={facets.certification} selected={f.certifications ?? []} locale={locale} />
        <CheckboxGroup name="incoterm" legend={t("search.incoterm")} counts={facets.incoterm} selected={f.incoterms ?? []} locale={locale} />
        <fieldset>
          <legend className="mb-1 text-sm font-semibold text-slate-800">{t("search.price", { currency: f.currency ?? "CNY" })}</legend>
          <input type="hidden" name="currency" value={f.currency ?? "CNY"} />
          <div className="flex gap-2">
            <label className="flex-1 text-xs text-slate-600">
              {t("search.price_min")}
              <input name="priceMin" inputMode="decimal" defaultValue={priceInputs.min} className={inputClass} />
            </label>
            <label className="flex-1 text-xs text-slate-600">
              {t("search.price_max")}
              <input name="priceMax" inputMode="decimal" defaultValue={priceInputs.max} className={inputClass} />
            </label>
          </div>
        </fieldset>
        <label className="block text-sm font-semibold text-slate-800">
          {t("search.moq_max")}
          <input name="moqMax" inputMode="numeric" defaultValue={f.moqMax} className={`${inputClass} mt-1 font-normal`} />
        </label>
        <label className="block text-sm font-semibold text-slate-800">
          {t("search.lead_max")}
          <input name="leadMax" inputMode="numeric" defaultValue={f.leadTimeMaxDays} className={`${inputClass} mt-1 font-normal`} />
        </label>
        <div className="flex flex-wrap gap-2">
          <button type="submit" className={buttonClass.primary}>
            {t("search.apply")}
          </button>
          <Link href={hrefWith({ city: undefined, cert: undefined, incoterm: undefined, verified: undefined, priceMin: undefined, priceMax: undefined, currency: undefined, moqMax: undefined, leadMax: undefined, category: undefined, page: undefined })} className={buttonClass.secondary}>
            {t("search.clear")}
          </Link>
        </div>
      </form>
    </aside>
  );
}
