import type { Hit, MultiSearchResult } from "meilisearch";
import { contentFallbacks, type Locale } from "@/lib/i18n/config";
import type { FacetCounts, SearchFacets, SearchHit, SearchQuery, SearchResult } from "@/lib/search/types";
import { facetFields, priceCurrencies, priceField, titleField, type TitleField } from "./attributes";
import type { FilterGroup } from "./build-filter";
import { preferReaderLanguage, type OrderedHit } from "./hit-order";
import { escapeHtml, renderHighlight } from "./highlight";

/** What a search asks Meilisearch to return per hit (`attributesToRetrieve`). */
export type StoredHit = OrderedHit & Partial<Record<TitleField, string>>;

export function toSearchHit(hit: Hit<StoredHit>, locale: Locale): SearchHit {
  const titleLocale = contentFallbacks[locale].find((candidate) => !!hit[titleField(candidate)]) ?? locale;
  const raw = hit[titleField(titleLocale)] ?? "";
  const formatted = hit._formatted?.[titleField(titleLocale)];
  return {
    id: hit.id,
    highlightedTitle: typeof formatted === "string" ? renderHighlight(formatted) : escapeHtml(raw),
    titleLocale,
  };
}

function counts(result: MultiSearchResult<StoredHit>, field: string): FacetCounts {
  return { ...(result.facetDistribution?.[field] ?? {}) };
}

function range(result: MultiSearchResult<StoredHit>, field: string): { min: number; max: number } | null {
  const stat = result.facetStats?.[field];
  return stat ? { min: stat.min, max: stat.max } : null;
}

/**
 * Facets and ranges, each from the query that reports on its group: the group's own query when
 * the search narrowed it (`facetQueries[i]` is what `facetResults[i]` answered), else the main one.
 */
export function toSearchFacets(main: MultiSearchResult<StoredHit>, facetQueries: FilterGroup[], facetResults: MultiSearchResult<StoredHit>[]): SearchFacets {
  const from = (group: FilterGroup) => facetResults[facetQueries.indexOf(group)] ?? main;
  const price: SearchFacets["price"] = {};
  for (const currency of priceCurrencies) {
    const stat = range(from("price"), priceField(currency));
    if (stat) price[currency] = stat;
  }
  return {
    category: counts(from("category"), facetFields.category),
    city: counts(from("city"), facetFields.city),
    certification: counts(from("certification"), facetFields.certification),
    verified: counts(from("verified"), facetFields.verified),
    incoterm: counts(from("incoterm"), facetFields.incoterm),
    price,
    moq: range(from("moq"), "moq"),
    leadTime: range(from("leadTime"), "lead_time_days"),
  };
}

export function toSearchResult(
  results: MultiSearchResult<StoredHit>[],
  facetQueries: FilterGroup[],
  query: Pick<SearchQuery, "locale" | "sort">,
  tookMs: number,
  suggestion: string | null = null,
): SearchResult {
  const [main, ...facetResults] = results;
  if (!main) throw new Error("Meilisearch multi-search returned no result for the main query");
  return {
    hits: preferReaderLanguage(main.hits, query.sort, query.locale).map((hit) => toSearchHit(hit, query.locale)),
    // Exhaustive because the main query paginates with page/hitsPerPage.
    total: main.totalHits ?? main.estimatedTotalHits ?? main.hits.length,
    facets: toSearchFacets(main, facetQueries, facetResults),
    // Meilisearch has no did-you-mean: suggest-query.ts makes one when nothing matched.
    suggestion,
    tookMs,
  };
}
