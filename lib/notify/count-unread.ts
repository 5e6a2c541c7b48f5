import type { Actor } from "@/lib/auth/actor";
import type { Db } from "@/lib/db/create-client";

/** How many of the actor's own notifications are unread (the number on the bell). */
export function countUnread(client: Db, actor: Actor): Promise<number> {
  return client.notification.count({ where: { userId: actor.userId, readAt: null } });
}
