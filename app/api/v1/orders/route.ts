import { authenticatedRoute } from "@/lib/api/handler";
import { moneyJson } from "@/lib/api/search-response";
import { db } from "@/lib/db/client";
import { createDirectOrder } from "@/lib/orders/create-direct-order";
import { listOrders } from "@/lib/orders/list-orders";

// GET /api/v1/orders – the caller's orders (as buyer or supplier), all for hub staff; ?status=&page=&pageSize=
export const GET = authenticatedRoute(async ({ actor, request }) => {
  const result = await listOrders(db(), actor, Object.fromEntries(new URL(request.url).searchParams));
  return Response.json({
    total: result.total,
    page: result.query.page,
    pages: result.pages,
    counts: result.counts,
    orders: result.orders.map((o) => ({ id: o.id, number: o.number, status: o.status, total: moneyJson(o.totalMinor, o.currency), buyer: o.buyer.name, supplier: o.supplier.name, createdAt: o.createdAt })),
  });
});

// POST /api/v1/orders – a direct order from a listing (quantity ≥ MOQ, priced by its tiers).
export const POST = authenticatedRoute(async ({ actor, readJsonObject }) => {
  const order = await createDirectOrder(db(), actor, await readJsonObject());
  return Response.json({ id: order.id, number: order.number }, { status: 201, headers: { Location: `/api/v1/orders/${order.id}` } });
});
