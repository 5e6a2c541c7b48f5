import { z } from "zod";
import type { Db } from "@/lib/db/create-client";
import { forgetAllListingCards, forgetListingCards } from "@/lib/catalog/listing-card-cache";
import type { OutboxHandler } from "@/lib/outbox/process-outbox";
import { loadAllSearchDocuments, loadSearchDocuments } from "./documents";
import { searchListingsTopic, searchReindexTopic } from "./outbox-topics";
import type { SearchDocument, SearchEngine } from "./types";

const listingsPayload = z.object({ ids: z.array(z.string().uuid()).max(10_000) });

/** Rebuilds the whole index from the database (zero downtime: the engine swaps when done). */
export async function rebuildSearchIndex(client: Db, engine: SearchEngine): Promise<number> {
  const documents: SearchDocument[] = [];
  for await (const page of loadAllSearchDocuments(client)) documents.push(...page);
  await engine.replaceAll(documents);
  return documents.length;
}

/** The outbox handlers that keep an engine in step with the database. */
export function searchSyncHandlers(client: Db, engine: () => Promise<SearchEngine>): Record<string, OutboxHandler> {
  return {
    [searchListingsTopic]: async (payload) => {
      const { ids } = listingsPayload.parse(payload);
      const { documents, removed } = await loadSearchDocuments(client, ids);
      const target = await engine();
      if (documents.length) await target.upsert(documents);
      if (removed.length) await target.remove(removed);
      forgetListingCards(ids);
    },
    [searchReindexTopic]: async () => {
      await rebuildSearchIndex(client, await engine());
      forgetAllListingCards();
    },
  };
}
