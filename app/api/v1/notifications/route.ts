import { authenticatedRoute } from "@/lib/api/handler";
import { db } from "@/lib/db/client";
import { listNotifications } from "@/lib/notify/list-notifications";

// GET /api/v1/notifications – the caller's own notifications, newest first; ?unread=true&page=&pageSize=&locale=
export const GET = authenticatedRoute(async ({ actor, request }) => {
  const inbox = await listNotifications(db(), actor, Object.fromEntries(new URL(request.url).searchParams));
  return Response.json({ total: inbox.total, unread: inbox.unread, page: inbox.query.page, pages: inbox.pages, locale: inbox.locale, notifications: inbox.notifications });
});
