import { authenticatedRoute } from "@/lib/api/handler";
import { orderJson } from "@/lib/api/deal-json";
import { clientIp } from "@/lib/auth/client-ip";
import { db } from "@/lib/db/client";
import { getOrder } from "@/lib/orders/get-order";
import { acceptQuote } from "@/lib/rfq/accept-quote";

// POST /api/v1/quotes/:id/accept – award the RFQ to this quote: 201 with the order; a second accept is 409.
export const POST = authenticatedRoute<{ id: string }>(async ({ actor, params, request }) => {
  const { order } = await acceptQuote(db(), actor, params.id, { ip: clientIp(request.headers) });
  return Response.json({ order: orderJson(await getOrder(db(), actor, order.id)) }, { status: 201, headers: { Location: `/api/v1/orders/${order.id}` } });
});
