import type { EnqueuedTask, IndexSwap, Meilisearch, RecordAny, Settings } from "meilisearch";
import { ensureIndex, primaryKey } from "./prepare-index";
import { settle, settleAll } from "./tasks";

/**
 * Meilisearch refuses payloads over 100 MB by default (`--http-payload-size-limit`); listings
 * with long descriptions in five languages can reach that well before 10,000 documents.
 */
export const maxBatchBytes = 32 * 1024 * 1024;

/** Consecutive slices of at most `maxDocuments` documents and about `maxBytes` of JSON each. */
export function planBatches<T>(documents: T[], maxDocuments: number, maxBytes = maxBatchBytes): T[][] {
  const batches: T[][] = [];
  let current: T[] = [];
  let bytes = 2;
  for (const document of documents) {
    const size = Buffer.byteLength(JSON.stringify(document)) + 1;
    if (current.length && (current.length >= maxDocuments || bytes + size > maxBytes)) {
      batches.push(current);
      current = [];
      bytes = 2;
    }
    current.push(document);
    bytes += size;
  }
  if (current.length) batches.push(current);
  return batches;
}

/**
 * Enqueues documents in batches, one request after the other so Meilisearch keeps their order
 * and may merge them into one indexing batch, then waits for all of them.
 */
export async function addInBatches<T extends RecordAny>(
  client: Meilisearch,
  uid: string,
  documents: T[],
  batchSize: number,
  mode: "replace" | "merge" = "replace",
): Promise<void> {
  const index = client.index<T>(uid);
  const tasks: EnqueuedTask[] = [];
  for (const batch of planBatches(documents, batchSize)) {
    tasks.push(await (mode === "replace" ? index.addDocuments(batch, { primaryKey }) : index.updateDocuments(batch, { primaryKey })));
  }
  await settleAll(client, tasks, `index ${documents.length} documents into ${uid}`);
}

/**
 * The uid of a rebuild's staging index. The random tail keeps two processes rebuilding in the
 * same millisecond apart; uids allow only [A-Za-z0-9_-].
 */
export function stagingUid(liveUid: string, now = Date.now()): string {
  return `${liveUid}_${now}_${Math.random().toString(36).slice(2, 8)}`;
}

/** A rebuild is minutes; a staging index a day old was left by a process that died mid-rebuild. */
const abandonedAfterMs = 24 * 60 * 60 * 1000;

/** Staging indexes of `liveUid` created long enough ago to be abandoned, judged by their uid. */
export function abandonedStagingUids(liveUid: string, uids: string[], now = Date.now()): string[] {
  const pattern = new RegExp(`^${liveUid.replace(/[^A-Za-z0-9_]/g, "\\$&")}_(\\d{13})_[a-z0-9]+$`);
  return uids.filter((uid) => {
    const created = pattern.exec(uid)?.[1];
    return created !== undefined && now - Number(created) > abandonedAfterMs;
  });
}

async function dropAbandonedStaging(client: Meilisearch, liveUid: string): Promise<void> {
  const { results } = await client.getRawIndexes({ limit: 1000 });
  for (const uid of abandonedStagingUids(liveUid, results.map((index) => index.uid))) {
    await settle(client.deleteIndex(uid), `delete abandoned staging index ${uid}`);
  }
}

/** One live index and what it should hold after a rebuild. */
export type IndexContent = { uid: string; settings: Settings; documents: RecordAny[] };

/**
 * Zero-downtime rebuild: fill fresh indexes with settings and documents while searches keep
 * reading the live ones, swap all pairs in one atomic task, then drop the old data (now under
 * the staging uids). On failure the staging indexes are dropped and the live ones untouched.
 *
 * Writes that reach the live index while this runs are not in the new one. The engine holds
 * its own writes until the swap is done; writes from another process in that window are lost
 * until the next rebuild or the next change to the same listings.
 */
export async function replaceIndexes(client: Meilisearch, contents: IndexContent[], batchSize: number): Promise<void> {
  for (const { uid } of contents) await dropAbandonedStaging(client, uid);
  const staged = contents.map((content) => ({ ...content, next: stagingUid(content.uid) }));
  try {
    for (const { uid, next, settings, documents } of staged) {
      await settle(client.createIndex(next, { primaryKey }), `create staging index ${next}`);
      await settle(client.index(next).updateSettings(settings), `apply search settings to ${next}`);
      await addInBatches(client, next, documents, batchSize);
      // Swapping needs both indexes to exist; on a first rebuild the live one may not yet.
      await ensureIndex(client, uid);
    }
    // Sent without `rename`: the client's type has the field since Meilisearch 1.18, and
    // earlier servers (1.15 here) reject unknown fields in this payload.
    const swaps = staged.map(({ uid, next }) => ({ indexes: [uid, next] }) as IndexSwap);
    await settle(client.swapIndexes(swaps), `swap ${staged.map(({ uid, next }) => `${uid} with ${next}`).join(", ")}`);
  } catch (error) {
    // Enqueued after the swap if one was, so they then remove the old data, never the new.
    for (const { next } of staged) {
      await client
        .deleteIndex(next)
        .waitTask()
        .catch(() => undefined);
    }
    throw error;
  }
  for (const { uid, next } of staged) await settle(client.deleteIndex(next), `delete the previous ${uid} data (now ${next}) after the swap`);
}
