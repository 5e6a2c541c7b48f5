import "server-only";
import { searchEngine } from "./engine";
import type { SearchQuery, SearchResult } from "./types";

/**
 * Runs a search for a page or the API. An engine that is down (Meilisearch unreachable) is an
 * expected condition the page can explain, not a crash: it comes back as `ok: false` and is logged.
 */
export async function runSearch(query: SearchQuery): Promise<{ ok: true; result: SearchResult } | { ok: false }> {
  try {
    const engine = await searchEngine();
    return { ok: true, result: await engine.search(query) };
  } catch (error) {
    console.error("[search] query failed", { q: query.q, error });
    return { ok: false };
  }
}
