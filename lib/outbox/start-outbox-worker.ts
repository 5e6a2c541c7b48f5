import type { Db } from "@/lib/db/create-client";
import { processOutboxOnce, type OutboxHandler } from "./process-outbox";

/**
 * Polls the outbox in the background of a server process: quickly while there is work,
 * every `idleMs` otherwise. Returns a stop function. One failing poll (database restarting)
 * is logged and retried, never fatal.
 */
export function startOutboxWorker(client: Db, handlers: Record<string, OutboxHandler>, idleMs = 500): () => void {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  const tick = async () => {
    if (stopped) return;
    let handled = 0;
    try {
      handled = await processOutboxOnce(client, handlers);
    } catch (error) {
      console.error("[outbox] poll failed:", error instanceof Error ? error.message : error);
    }
    if (!stopped) timer = setTimeout(() => void tick(), handled > 0 ? 0 : idleMs);
  };
  timer = setTimeout(() => void tick(), idleMs);
  timer.unref?.();
  return () => {
    stopped = true;
    if (timer) clearTimeout(timer);
  };
}
