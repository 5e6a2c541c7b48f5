import type { SearchDocument, SearchEngine } from "@/lib/search/types";
import { IndexState } from "./index-state";
import { runSearch } from "./search";

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * The in-process search engine: an inverted index in typed arrays, rebuilt from the documents
 * at start and kept current by upserts. Writes run one after another; searches are synchronous
 * against the current state, so they never see a half-applied write, and during `replaceAll`
 * they keep answering from the old state until the new one is swapped in.
 */
export function createEmbeddedSearchEngine(): SearchEngine {
  let state = IndexState.empty();
  let writes: Promise<unknown> = Promise.resolve();
  const write = <T>(task: () => Promise<T> | T): Promise<T> => {
    const run = writes.then(task);
    writes = run.catch(() => undefined);
    return run;
  };

  return {
    name: "embedded",
    upsert: (documents: SearchDocument[]) =>
      write(async () => {
        state.upsert(documents);
        if (state.compactionDue()) await state.compact(yieldToEventLoop);
      }),
    remove: (ids: string[]) =>
      write(async () => {
        state.remove(ids);
        if (state.compactionDue()) await state.compact(yieldToEventLoop);
      }),
    replaceAll: (documents: SearchDocument[]) =>
      write(async () => {
        state = await IndexState.build(documents, yieldToEventLoop);
      }),
    search: async (query) => runSearch(state, query),
    count: async () => state.count,
    health: async () => ({ status: "ok", detail: `${state.count} documents` }),
  };
}
