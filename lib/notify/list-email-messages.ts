import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/create-client";

/**
 * The latest e-mails the platform queued, for the dev mailbox page. Hub staff only: the
 * messages are other people's mail. (Uses `audit:read` until a mailbox permission exists.)
 */
export async function listEmailMessages(client: Db, actor: Actor, limit = 100) {
  authorize(actor, "audit:read");
  return client.emailMessage.findMany({ orderBy: [{ createdAt: "desc" }, { id: "asc" }], take: Math.min(Math.max(limit, 1), 500) });
}
