import { authenticatedRoute } from "@/lib/api/handler";
import { quoteJson } from "@/lib/api/deal-json";
import { clientIp } from "@/lib/auth/client-ip";
import { db } from "@/lib/db/client";
import { getRfq } from "@/lib/rfq/get-rfq";
import { submitQuote } from "@/lib/rfq/submit-quote";

// GET /api/v1/rfqs/:id/quotes – the negotiations of an RFQ the caller may see (a supplier: only its own).
export const GET = authenticatedRoute<{ id: string }>(async ({ actor, params }) => Response.json({ quotes: (await getRfq(db(), actor, params.id)).quotes.map(quoteJson) }));

// POST /api/v1/rfqs/:id/quotes – a supplier's offer (again: a new revision).
export const POST = authenticatedRoute<{ id: string }>(async ({ actor, params, readJsonObject, request }) => {
  const quote = await submitQuote(db(), actor, params.id, await readJsonObject(), { ip: clientIp(request.headers) });
  return Response.json(quote, { status: 201 });
});
