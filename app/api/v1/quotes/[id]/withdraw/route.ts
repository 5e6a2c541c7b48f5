import { authenticatedRoute } from "@/lib/api/handler";
import { clientIp } from "@/lib/auth/client-ip";
import { db } from "@/lib/db/client";
import { withdrawQuote } from "@/lib/rfq/withdraw-quote";

// POST /api/v1/quotes/:id/withdraw – the supplier takes its offer off the table while the RFQ is open.
export const POST = authenticatedRoute<{ id: string }>(async ({ actor, params, request }) => Response.json(await withdrawQuote(db(), actor, params.id, { ip: clientIp(request.headers) })));
