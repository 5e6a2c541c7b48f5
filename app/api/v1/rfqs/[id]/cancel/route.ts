import { authenticatedRoute } from "@/lib/api/handler";
import { clientIp } from "@/lib/auth/client-ip";
import { db } from "@/lib/db/client";
import { cancelRfq } from "@/lib/rfq/cancel-rfq";

// POST /api/v1/rfqs/:id/cancel – the buyer withdraws a draft or open RFQ.
export const POST = authenticatedRoute<{ id: string }>(async ({ actor, params, request }) => Response.json(await cancelRfq(db(), actor, params.id, { ip: clientIp(request.headers) })));
