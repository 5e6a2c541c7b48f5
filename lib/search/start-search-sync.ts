import "server-only";
import { db } from "@/lib/db/client";
import { startOutboxWorker } from "@/lib/outbox/start-outbox-worker";
import { searchEngine } from "./engine";
import { searchSyncHandlers } from "./sync-handlers";

/** Warms the search engine and starts applying listing changes from the outbox. Once per process. */
export function startSearchSync(): void {
  const globalForSync = globalThis as unknown as { karavanSearchSync?: boolean };
  if (globalForSync.karavanSearchSync) return;
  globalForSync.karavanSearchSync = true;
  void searchEngine()
    .catch((error: unknown) => console.error("[search] could not build the index:", error))
    .finally(() => startOutboxWorker(db(), searchSyncHandlers(db(), searchEngine)));
}
