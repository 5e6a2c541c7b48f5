import type { Tx } from "@/lib/db/create-client";

/**
 * Serializes the "is anyone still using these files?" check per storage key until the end of
 * the transaction. Without it, removing the same shared photo from a listing and from its
 * copy at the same moment would each see the other's row and both keep the files forever.
 */
export async function lockStorageKey(tx: Tx, storageKey: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${storageKey}, 0))`;
}
