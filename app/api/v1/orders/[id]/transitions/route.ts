import { authenticatedRoute } from "@/lib/api/handler";
import { orderJson } from "@/lib/api/deal-json";
import { clientIp } from "@/lib/auth/client-ip";
import { db } from "@/lib/db/client";
import { getOrder } from "@/lib/orders/get-order";
import { transitionOrder } from "@/lib/orders/transition-order";

// POST /api/v1/orders/:id/transitions { "to": "CONFIRMED" } – 409 if the state machine forbids it, 403 if it is not the caller's step.
export const POST = authenticatedRoute<{ id: string }>(async ({ actor, params, readJsonObject, request }) => {
  await transitionOrder(db(), actor, params.id, await readJsonObject(), { ip: clientIp(request.headers) });
  return Response.json(orderJson(await getOrder(db(), actor, params.id)));
});
