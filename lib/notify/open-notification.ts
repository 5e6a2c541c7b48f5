import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import type { Db } from "@/lib/db/create-client";

/**
 * Following a notification from the inbox: marks it read and returns where it leads (a path
 * without locale), or null when it has no link or is not the actor's own.
 */
export async function openNotification(client: Db, actor: Actor, id: string): Promise<string | null> {
  if (!z.uuid().safeParse(id).success) return null;
  const row = await client.notification.findFirst({ where: { id, userId: actor.userId }, select: { link: true, readAt: true } });
  if (!row) return null;
  if (!row.readAt) await client.notification.updateMany({ where: { id, userId: actor.userId, readAt: null }, data: { readAt: new Date() } });
  return row.link;
}
