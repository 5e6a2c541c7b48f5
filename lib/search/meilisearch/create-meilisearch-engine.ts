import { Meilisearch } from "meilisearch";
import type { SearchDocument, SearchEngine, SearchQuery, SearchResult } from "@/lib/search/types";
import type { MeiliDocument } from "./attributes";
import { describeError, withTimeout } from "./errors";
import { prepareIndex, type PreparedIndex } from "./prepare-index";
import { addInBatches, replaceIndexes } from "./replace-index";
import { searchListings } from "./search-listings";
import { indexSettings } from "./settings";
import { settle } from "./tasks";
import { toMeiliDocument } from "./to-meili-document";
import { documentWords, vocabularyDocuments, vocabularyEntry, vocabularySettings, vocabularyUid } from "./vocabulary";

export type MeilisearchEngineOptions = {
  url: string;
  apiKey?: string;
  /** Default "listings". Also used: `<indexUid>_vocabulary`, and `<uid>_<time>_<random>` during a rebuild. */
  indexUid?: string;
  /** Documents per addDocuments request (also capped at 32 MB). Default 10,000. */
  batchSize?: number;
  /** How long to wait for one write task before giving up. Default 10 minutes. */
  taskTimeoutMs?: number;
};

const healthTimeoutMs = 2_000;

export function createMeilisearchEngine(options: MeilisearchEngineOptions): SearchEngine {
  const uid = options.indexUid ?? "listings";
  const wordsUid = vocabularyUid(uid);
  const batchSize = options.batchSize ?? 10_000;
  const client = new Meilisearch({
    host: options.url,
    apiKey: options.apiKey,
    clientAgents: ["karavan"],
    timeout: 60_000,
    defaultWaitOptions: { timeout: options.taskTimeoutMs ?? 600_000, interval: 100 },
  });
  const index = client.index<MeiliDocument>(uid);

  let prepared: Promise<PreparedIndex> | undefined;
  const prepare = (): Promise<PreparedIndex> => {
    prepared ??= Promise.all([prepareIndex(client, uid, indexSettings()), prepareIndex(client, wordsUid, vocabularySettings())])
      .then(([listings, words]) => {
        const settingsApplied = Promise.all([listings.settingsApplied, words.settingsApplied]).then(() => undefined);
        // Already logged by prepareIndex; only writes wait for it.
        settingsApplied.catch(() => undefined);
        return { created: listings.created, settingsApplied };
      })
      .catch((error: unknown) => {
        prepared = undefined;
        throw error;
      });
    return prepared;
  };
  /** Writes surface a refused settings update (and retry it next time). */
  const readyToWrite = async () => {
    const { settingsApplied } = await prepare();
    await settingsApplied.catch((error: unknown) => {
      prepared = undefined;
      throw error;
    });
  };
  /** Searches wait for settings only on a new, empty index: on a full one that is a reindex. */
  const readyToSearch = async () => {
    const { created, settingsApplied } = await prepare();
    if (created) await settingsApplied;
  };

  // Writes go one after another: two upserts of one listing reach Meilisearch in call order,
  // and a write during a rebuild waits for the swap instead of landing in the outgoing index.
  let writes: Promise<unknown> = Promise.resolve();
  const write = <T>(task: () => Promise<T>): Promise<T> => {
    const run = writes.then(task);
    writes = run.catch(() => undefined);
    return run;
  };

  return {
    name: "meilisearch",

    upsert: (documents: SearchDocument[]) =>
      write(async () => {
        if (!documents.length) return;
        await readyToWrite();
        const stored = documents.map(toMeiliDocument);
        await addInBatches(client, uid, stored, batchSize);
        // Merged, so a word already known keeps its count; words of removed listings stay until
        // the next rebuild (a suggestion is only offered once the listings index confirms it).
        const words = [...new Set(stored.flatMap(documentWords))].map((word) => vocabularyEntry(word));
        await addInBatches(client, wordsUid, words, batchSize, "merge");
      }),

    remove: (ids: string[]) =>
      write(async () => {
        if (!ids.length) return;
        await readyToWrite();
        await settle(index.deleteDocuments(ids), `remove ${ids.length} documents from ${uid}`);
      }),

    replaceAll: (documents: SearchDocument[]) =>
      write(async () => {
        const stored = documents.map(toMeiliDocument);
        await replaceIndexes(
          client,
          [
            { uid, settings: indexSettings(), documents: stored },
            { uid: wordsUid, settings: vocabularySettings(), documents: vocabularyDocuments(stored) },
          ],
          batchSize,
        );
        // The swapped-in indexes were built with our settings.
        prepared = Promise.resolve({ created: false, settingsApplied: Promise.resolve() });
      }),

    async search(query: SearchQuery): Promise<SearchResult> {
      await readyToSearch();
      return searchListings(client, { listings: uid, vocabulary: wordsUid }, query);
    },

    async count(): Promise<number> {
      await readyToSearch();
      return (await index.getStats()).numberOfDocuments;
    },

    async health() {
      try {
        const { status } = await withTimeout(client.health(), healthTimeoutMs, "Meilisearch did not answer /health");
        return status === "available" ? { status: "ok" as const } : { status: "error" as const, detail: `status ${String(status)}` };
      } catch (error) {
        return { status: "error" as const, detail: describeError(error) };
      }
    },
  };
}
