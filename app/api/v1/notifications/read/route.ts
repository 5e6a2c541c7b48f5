import { authenticatedRoute } from "@/lib/api/handler";
import { db } from "@/lib/db/client";
import { markRead } from "@/lib/notify/mark-read";

// POST /api/v1/notifications/read – mark { "ids": [...] } or { "all": true } of the caller's notifications as read.
export const POST = authenticatedRoute(async ({ actor, readJsonObject }) => {
  await markRead(db(), actor, await readJsonObject());
  return new Response(null, { status: 204 });
});
