import type { Prisma } from "@/lib/db/generated/client.ts";
import type { Tx } from "@/lib/db/create-client";

/**
 * Queues a side effect that leaves the database (e-mail, search indexing, webhooks). Written in
 * the caller's transaction, so the effect exists if and only if the change committed; a
 * worker delivers it after commit and retries until it succeeds.
 */
export async function enqueueOutbox(tx: Tx, topic: string, payload: Prisma.InputJsonValue, availableAt?: Date): Promise<void> {
  await tx.outboxMessage.create({ data: { topic, payload, availableAt } });
}
