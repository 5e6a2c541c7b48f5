import { authenticatedRoute } from "@/lib/api/handler";
import { orderJson } from "@/lib/api/deal-json";
import { db } from "@/lib/db/client";
import { getOrder } from "@/lib/orders/get-order";

// GET /api/v1/orders/:id – the order with lines, totals, shipment, documents and timeline.
export const GET = authenticatedRoute<{ id: string }>(async ({ actor, params }) => Response.json(orderJson(await getOrder(db(), actor, params.id))));
