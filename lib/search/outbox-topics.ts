import type { Tx } from "@/lib/db/create-client";
import { enqueueOutbox } from "@/lib/outbox/enqueue";

/** Listings whose search documents must be refreshed (upserted, or removed if no longer published). */
export const searchListingsTopic = "search.listings";
/** Rebuild the whole index from the database. */
export const searchReindexTopic = "search.reindex";

/** Call inside the transaction that changed the listings, so the index follows every commit. */
export function queueSearchUpdate(tx: Tx, listingIds: string[]): Promise<void> {
  return enqueueOutbox(tx, searchListingsTopic, { ids: listingIds });
}
