import { MeilisearchApiError, type Meilisearch, type Settings } from "meilisearch";
import { settingsMatch } from "./settings-match";
import { assertSucceeded, settle } from "./tasks";

export const primaryKey = "id";

function isIndexNotFound(error: unknown): boolean {
  return error instanceof MeilisearchApiError && error.cause?.code === "index_not_found";
}

/**
 * Creates the index unless it exists; another process creating it at the same time is fine.
 * Resolves to whether this call created it.
 */
export async function ensureIndex(client: Meilisearch, uid: string): Promise<boolean> {
  try {
    await client.getRawIndex(uid);
    return false;
  } catch (error) {
    if (!isIndexNotFound(error)) throw error;
  }
  const task = await client.createIndex(uid, { primaryKey }).waitTask();
  if (task.status === "failed" && task.error?.code === "index_already_exists") return false;
  assertSucceeded(task, `create index ${uid}`);
  return true;
}

export type PreparedIndex = {
  /** The index did not exist before: it has no documents, so its settings apply at once. */
  created: boolean;
  /** Settles when the settings are in force; rejects with MeilisearchTaskError if refused. */
  settingsApplied: Promise<void>;
};

/**
 * Makes the index exist and enqueues our settings if it does not have them yet. Reading the
 * settings is a plain GET, so a start on an up-to-date index queues nothing. Meilisearch applies
 * tasks of an index in order, so later writes are indexed with the new settings whether or not
 * anyone waits; searches meanwhile are answered with the old ones.
 */
export async function prepareIndex(client: Meilisearch, uid: string, wanted: Settings): Promise<PreparedIndex> {
  const created = await ensureIndex(client, uid);
  const index = client.index(uid);
  if (!created && settingsMatch(wanted, await index.getSettings())) return { created, settingsApplied: Promise.resolve() };
  const update = index.updateSettings(wanted);
  await update;
  const settingsApplied = settle(update, `apply search settings to index ${uid}`).then(() => undefined);
  // A process that only searches never awaits this; its failure must still be seen.
  settingsApplied.catch((error: unknown) => console.error("[search] Meilisearch settings update failed:", error instanceof Error ? error.message : error));
  return { created, settingsApplied };
}
