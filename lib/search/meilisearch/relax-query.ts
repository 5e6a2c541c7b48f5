import type { Meilisearch, MultiSearchQuery, MultiSearchResult } from "meilisearch";
import { queryLocales } from "./build-search-requests";

/**
 * The words of a query that may be dropped one by one, or null when it cannot be relaxed: a
 * single word, or Meilisearch's phrase ("…") and negation (-word) syntax, whose meaning
 * dropping words would change.
 */
export function relaxableWords(q: string): string[] | null {
  const words = q.trim().split(/\s+/).filter(Boolean);
  if (words.length < 2 || q.includes('"') || words.some((w) => w.startsWith("-"))) return null;
  return words;
}

/** The queries to try once words matching nothing are gone: all kept words, then fewer from the end. */
export function fallbackQueries(words: string[], kept: string[]): string[] {
  const out: string[] = [];
  for (let n = kept.length; n >= 1; n--) {
    const candidate = kept.slice(0, n).join(" ");
    if (candidate !== words.join(" ")) out.push(candidate);
  }
  return out;
}

export function probe(indexUid: string, q: string): MultiSearchQuery {
  const locales = queryLocales(q);
  return { indexUid, q, matchingStrategy: "all", limit: 0, ...(locales ? { locales } : {}) };
}

const found = (result: MultiSearchResult<Record<string, unknown>> | undefined) => (result?.estimatedTotalHits ?? 0) > 0;

/**
 * What the embedded engine searches when no listing has every word of the query
 * (lib/search/embedded/match.ts): words that match nothing anywhere are dropped, then words from
 * the end, one at a time, until some listing has all that remain. Meilisearch's own "last"
 * strategy would also count the partial matches alongside the full ones, so instead this probes
 * (no filters, no hits) after a search came back empty: at most two more requests. Returns
 * null when the query stands as it is: the words do match together (the filters emptied the
 * result), or nothing matches at all.
 */
export async function relaxQuery(client: Meilisearch, indexUid: string, q: string): Promise<string | null> {
  const words = relaxableWords(q);
  if (!words) return null;
  const first = await client.multiSearch({ queries: [probe(indexUid, words.join(" ")), ...words.map((w) => probe(indexUid, w))] });
  const [whole, ...single] = first.results;
  if (found(whole)) return null;
  const kept = words.filter((_, i) => found(single[i]));
  const candidates = fallbackQueries(words, kept);
  if (candidates.length <= 1) return candidates[0] ?? null;
  // The last candidate is one word already known to match.
  const second = await client.multiSearch({ queries: candidates.slice(0, -1).map((c) => probe(indexUid, c)) });
  const index = second.results.findIndex(found);
  return index >= 0 ? candidates[index]! : candidates.at(-1)!;
}
