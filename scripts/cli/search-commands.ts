import { createMeilisearchEngine } from "@/lib/search/meilisearch";
import { searchReindexTopic } from "@/lib/search/outbox-topics";
import { rebuildSearchIndex } from "@/lib/search/sync-handlers";
import type { Command } from "./command";
import { withDatabase } from "./database";

export const searchReindex: Command = {
  name: "search:reindex",
  summary: "Rebuild the search index from the database",
  usage: "search:reindex",
  help: [
    "With MEILISEARCH_URL: builds a new index and swaps it in (searches keep working meanwhile).",
    "With the embedded engine: asks the running server to rebuild its in-memory index; a server",
    "that is not running builds a fresh index when it starts anyway.",
  ].join("\n"),
  async run({ env, log }) {
    await withDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR }, async (db) => {
      if (env.MEILISEARCH_URL) {
        const started = Date.now();
        const count = await rebuildSearchIndex(db, createMeilisearchEngine({ url: env.MEILISEARCH_URL, apiKey: env.MEILISEARCH_API_KEY }));
        log(`Meilisearch: ${count} listings indexed in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
        return;
      }
      await db.outboxMessage.create({ data: { topic: searchReindexTopic, payload: {} } });
      log("Embedded search: rebuild queued; the running server applies it within a second or two.");
    });
  },
};
