import { authenticatedRoute } from "@/lib/api/handler";
import { rfqJson } from "@/lib/api/deal-json";
import { db } from "@/lib/db/client";
import { getRfq } from "@/lib/rfq/get-rfq";

// GET /api/v1/rfqs/:id – the RFQ with the negotiations the caller may see.
export const GET = authenticatedRoute<{ id: string }>(async ({ actor, params }) => Response.json(rfqJson(await getRfq(db(), actor, params.id))));
