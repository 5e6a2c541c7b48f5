import { authenticatedRoute } from "@/lib/api/handler";
import { clientIp } from "@/lib/auth/client-ip";
import { db } from "@/lib/db/client";
import { addOrderDocument } from "@/lib/orders/add-order-document";

// POST /api/v1/orders/:id/documents { "attachmentId", "kind" } – the supplier attaches an uploaded trade document.
export const POST = authenticatedRoute<{ id: string }>(async ({ actor, params, readJsonObject, request }) =>
  Response.json(await addOrderDocument(db(), actor, params.id, await readJsonObject(), { ip: clientIp(request.headers) }), { status: 201 }),
);
