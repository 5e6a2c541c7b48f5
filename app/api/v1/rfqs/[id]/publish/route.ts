import { authenticatedRoute } from "@/lib/api/handler";
import { clientIp } from "@/lib/auth/client-ip";
import { db } from "@/lib/db/client";
import { publishRfq } from "@/lib/rfq/publish-rfq";

// POST /api/v1/rfqs/:id/publish – publish a saved draft (routes it to suppliers).
export const POST = authenticatedRoute<{ id: string }>(async ({ actor, params, request }) => Response.json(await publishRfq(db(), actor, params.id, { ip: clientIp(request.headers) })));
