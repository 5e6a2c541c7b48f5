import type { MultiSearchQuery } from "meilisearch";
import type { SearchQuery } from "@/lib/search/types";
import { facetFields, priceCurrencies, priceField, titleFields } from "./attributes";
import { filterClauses, filterExpression, type FilterGroup } from "./build-filter";
import { highlightPostTag, highlightPreTag } from "./highlight";
import { orderFields, sortFor } from "./hit-order";
import { hasHan } from "./pinyin";

/** The fields each filter group reports on: value counts, or (numbers) min/max through facet stats. */
export const groupFields: Record<FilterGroup, string[]> = {
  category: [facetFields.category],
  city: [facetFields.city],
  certification: [facetFields.certification],
  verified: [facetFields.verified],
  incoterm: [facetFields.incoterm],
  price: priceCurrencies.map(priceField),
  moq: ["moq"],
  leadTime: ["lead_time_days"],
};

const groups = Object.keys(groupFields) as FilterGroup[];

/**
 * Query languages Meilisearch should assume. Its detector reads short Chinese queries as
 * Japanese and segments them wrongly, so Han text is declared Mandarin (the index stores Chinese
 * only as Simplified, `*_zh`). Anything else is left to detection, which covers mixed queries.
 */
export function queryLocales(q: string): string[] | undefined {
  return hasHan(q) && !/[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(q) ? ["cmn"] : undefined;
}

/**
 * An HS code typed with its dots or spaces ("8544.49", "8544 49 91") is searched as its digits,
 * which every listing carries with all their prefixes (hs_prefixes): Meilisearch would otherwise
 * split it at the dot and match the pieces anywhere.
 */
export function searchText(q: string): string {
  const text = q.trim().replace(/\s+/g, " ");
  return /^\d{4}(?:[. ]\d{2}){1,3}$/.test(text) ? text.replace(/\D/g, "") : text;
}

function clampInt(value: number, min: number, max: number): number {
  return Number.isFinite(value) ? Math.min(max, Math.max(min, Math.floor(value))) : min;
}

export type SearchRequests = {
  queries: MultiSearchQuery[];
  /** The group each query after the first one reports on. */
  facetQueries: FilterGroup[];
};

/**
 * One multi-search: the page of hits, then one query per narrowed filter group without that
 * group's own conditions (disjunctive facets: choosing a city leaves the other cities' counts,
 * setting a price range leaves the full range visible). The main query reports the groups
 * nobody narrowed.
 */
export function buildSearchRequests(indexUid: string, query: SearchQuery): SearchRequests {
  const q = searchText(query.q);
  const clauses = filterClauses(query.filters);
  const locales = queryLocales(q);
  const shared = { indexUid, q, matchingStrategy: "all" as const, ...(locales ? { locales } : {}) };
  const facetQueries = groups.filter((group) => clauses.some((c) => c.group === group));
  const main: MultiSearchQuery = {
    ...shared,
    filter: filterExpression(clauses),
    sort: sortFor(query.sort, query.locale, q === ""),
    page: clampInt(query.page, 1, Number.MAX_SAFE_INTEGER),
    hitsPerPage: clampInt(query.limit, 1, 100),
    facets: groups.filter((group) => !facetQueries.includes(group)).flatMap((group) => groupFields[group]),
    attributesToRetrieve: ["id", ...titleFields, ...orderFields],
    showRankingScore: true,
    attributesToHighlight: titleFields,
    highlightPreTag,
    highlightPostTag,
  };
  const queries = [
    main,
    ...facetQueries.map((group): MultiSearchQuery => ({ ...shared, filter: filterExpression(clauses, group), facets: groupFields[group], limit: 0 })),
  ];
  return { queries, facetQueries };
}
