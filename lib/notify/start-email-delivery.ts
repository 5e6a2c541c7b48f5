import "server-only";
import { db } from "@/lib/db/client";
import { startOutboxWorker } from "@/lib/outbox/start-outbox-worker";
import { emailHandlers } from "./email-handlers";
import { mailTransport } from "./mail-transport";

/**
 * Starts delivering queued e-mail, once per process. A worker of its own (it claims only
 * `email.send` rows) so that a slow mail server never delays search updates, and mail does
 * not wait for the search index to be built at boot.
 */
export function startEmailDelivery(): void {
  const globalForEmail = globalThis as unknown as { karavanEmailDelivery?: boolean };
  if (globalForEmail.karavanEmailDelivery) return;
  globalForEmail.karavanEmailDelivery = true;
  startOutboxWorker(db(), emailHandlers(db(), mailTransport()));
}
