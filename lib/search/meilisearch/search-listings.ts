import type { Meilisearch, MultiSearchParams } from "meilisearch";
import type { SearchQuery, SearchResult } from "@/lib/search/types";
import { filterClauses, filterExpression } from "./build-filter";
import { buildSearchRequests } from "./build-search-requests";
import { toSearchResult, type StoredHit } from "./map-search-response";
import { probe, relaxQuery } from "./relax-query";
import { suggestQuery } from "./suggest-query";

/**
 * One search: a single multi-search in the usual case. Only when nothing matched does it
 * look further, as the embedded engine does — first without the words that keep the listings
 * apart (relax-query.ts), else for a correction to offer as `suggestion` (suggest-query.ts).
 */
export async function searchListings(client: Meilisearch, uids: { listings: string; vocabulary: string }, query: SearchQuery): Promise<SearchResult> {
  const started = performance.now();
  const run = async (q: string) => {
    const { queries, facetQueries } = buildSearchRequests(uids.listings, { ...query, q });
    const { results } = await client.multiSearch<MultiSearchParams, StoredHit>({ queries });
    return { results, facetQueries };
  };
  let answer = await run(query.q);
  let suggestion: string | null = null;
  if (answer.results[0]?.totalHits === 0) {
    const relaxed = await relaxQuery(client, uids.listings, query.q);
    if (relaxed !== null) answer = await run(relaxed);
    else {
      const filter = filterExpression(filterClauses(query.filters));
      suggestion = await suggestQuery(client, uids.vocabulary, query.q, async (candidate) => {
        const { results } = await client.multiSearch({ queries: [{ ...probe(uids.listings, candidate), filter }] });
        return (results[0]?.estimatedTotalHits ?? 0) > 0;
      });
    }
  }
  return toSearchResult(answer.results, answer.facetQueries, query, Math.round(performance.now() - started), suggestion);
}
