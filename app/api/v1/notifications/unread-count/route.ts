import { authenticatedRoute } from "@/lib/api/handler";
import { db } from "@/lib/db/client";
import { countUnread } from "@/lib/notify/count-unread";

// GET /api/v1/notifications/unread-count – how many of the caller's notifications are unread.
export const GET = authenticatedRoute(async ({ actor }) => Response.json({ unread: await countUnread(db(), actor) }));
