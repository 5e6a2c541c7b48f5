import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import type { Db } from "@/lib/db/create-client";
import type { Prisma } from "@/lib/db/generated/client.ts";
import { locales } from "@/lib/i18n/config";
import { parseInput } from "@/lib/errors/validation";
import { localizedLink, recipientLocale, renderNotificationText } from "./notification-text";

export const notificationsQuerySchema = z.object({
  unread: z.enum(["true", "false"]).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).catch(20).default(20),
  locale: z.enum(locales).optional().catch(undefined),
});

export type NotificationsQuery = z.infer<typeof notificationsQuerySchema>;

/**
 * The actor's own inbox, newest first: each notification rendered into a title and body in
 * the reader's language (`locale`, else their preferred one) with its link in that language.
 * Scoped to `actor.userId` — there is no way to read somebody else's notifications.
 */
export async function listNotifications(client: Db, actor: Actor, rawQuery: unknown) {
  const query = parseInput(notificationsQuerySchema, rawQuery);
  const locale = query.locale ?? recipientLocale(actor.locale);
  const mine: Prisma.NotificationWhereInput = { userId: actor.userId };
  const where: Prisma.NotificationWhereInput = query.unread === "true" ? { ...mine, readAt: null } : mine;
  const [total, unread, rows] = await Promise.all([
    client.notification.count({ where }),
    client.notification.count({ where: { ...mine, readAt: null } }),
    client.notification.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
    }),
  ]);
  return {
    query,
    locale,
    total,
    unread,
    pages: Math.max(1, Math.ceil(total / query.pageSize)),
    notifications: rows.map((row) => ({
      id: row.id,
      type: row.type,
      data: row.data,
      ...renderNotificationText(locale, row.type, row.data),
      link: localizedLink(locale, row.link),
      read: row.readAt !== null,
      readAt: row.readAt,
      createdAt: row.createdAt,
    })),
  };
}
