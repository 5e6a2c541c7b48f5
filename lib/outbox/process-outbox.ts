import type { Db } from "@/lib/db/create-client";

export type OutboxHandler = (payload: unknown) => Promise<void>;
type Claimed = { id: bigint; topic: string; payload: unknown; attempts: number };

/** How long a claimed message stays invisible to other workers; a crashed worker's claim expires. */
const leaseSeconds = 60;

/** Retries back off: 2 s, 4 s, 8 s … capped at 10 minutes. */
function retryDelaySeconds(attempts: number): number {
  return Math.min(600, 2 ** Math.min(attempts, 10));
}

/**
 * Claims and handles a batch of due messages for the given topics. A claim is an UPDATE that
 * pushes `availableAt` out by a lease (with SKIP LOCKED, so several workers never take the same
 * row); success stamps `processedAt`, failure records the error and schedules a retry.
 * Handlers must be idempotent: a message may be delivered again after a crash.
 */
export async function processOutboxOnce(client: Db, handlers: Record<string, OutboxHandler>, limit = 50): Promise<number> {
  const topics = Object.keys(handlers);
  if (!topics.length) return 0;
  const claimed = await client.$queryRaw<Claimed[]>`
    UPDATE "OutboxMessage"
       SET "availableAt" = now() + make_interval(secs => ${leaseSeconds}), "attempts" = "attempts" + 1
     WHERE "id" IN (
       SELECT "id" FROM "OutboxMessage"
        WHERE "processedAt" IS NULL AND "availableAt" <= now() AND "topic" = ANY(${topics})
        ORDER BY "id"
        LIMIT ${limit}
        FOR UPDATE SKIP LOCKED)
    RETURNING "id", "topic", "payload", "attempts"`;
  for (const message of claimed.sort((a, b) => (a.id < b.id ? -1 : 1))) {
    try {
      await handlers[message.topic]!(message.payload);
      await client.outboxMessage.update({ where: { id: message.id }, data: { processedAt: new Date(), lastError: null } });
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      console.error(`[outbox] ${message.topic} #${message.id} failed (attempt ${message.attempts}): ${detail}`, error instanceof Error ? error.stack : "");
      await client.outboxMessage.update({
        where: { id: message.id },
        data: { lastError: detail.slice(0, 2000), availableAt: new Date(Date.now() + retryDelaySeconds(message.attempts) * 1000) },
      });
    }
  }
  return claimed.length;
}
