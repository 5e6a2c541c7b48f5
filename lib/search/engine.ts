import "server-only";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env/server";
import { createEmbeddedSearchEngine } from "./embedded";
import { createMeilisearchEngine } from "./meilisearch";
import { rebuildSearchIndex } from "./sync-handlers";
import type { SearchEngine } from "./types";

const globalForSearch = globalThis as unknown as { karavanSearch?: Promise<SearchEngine> };

/**
 * The search engine of this server process: Meilisearch when MEILISEARCH_URL is set, else the
 * embedded engine, built from the database on first use (the server warms it at boot) and
 * kept current by the outbox worker. One per process, kept on globalThis across dev reloads.
 */
export function searchEngine(): Promise<SearchEngine> {
  globalForSearch.karavanSearch ??= createEngine().catch((error: unknown) => {
    globalForSearch.karavanSearch = undefined;
    throw error;
  });
  return globalForSearch.karavanSearch;
}

async function createEngine(): Promise<SearchEngine> {
  const e = env();
  if (e.MEILISEARCH_URL) {
    const meilisearch = createMeilisearchEngine({ url: e.MEILISEARCH_URL, apiKey: e.MEILISEARCH_API_KEY });
    // A new Meilisearch (or a lost volume) starts empty: fill it in the background, while
    // searches already answer (with nothing) instead of blocking the server's start.
    void meilisearch
      .count()
      .then((documents) => (documents === 0 ? rebuildSearchIndex(db(), meilisearch) : undefined))
      .catch((error: unknown) => console.error("[search] initial Meilisearch fill failed:", error));
    return meilisearch;
  }
  const engine = createEmbeddedSearchEngine();
  const started = performance.now();
  const count = await rebuildSearchIndex(db(), engine);
  console.log(`[search] embedded index built: ${count} listings in ${Math.round(performance.now() - started)} ms`);
  return engine;
}
