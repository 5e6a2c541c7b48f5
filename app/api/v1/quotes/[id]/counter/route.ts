import { authenticatedRoute } from "@/lib/api/handler";
import { clientIp } from "@/lib/auth/client-ip";
import { db } from "@/lib/db/client";
import { counterQuote } from "@/lib/rfq/counter-quote";

// POST /api/v1/quotes/:id/counter – the buyer's counter-offer (price, quantity, lead time, terms).
export const POST = authenticatedRoute<{ id: string }>(async ({ actor, params, readJsonObject, request }) =>
  Response.json(await counterQuote(db(), actor, params.id, await readJsonObject(), { ip: clientIp(request.headers) }), { status: 201 }),
);
