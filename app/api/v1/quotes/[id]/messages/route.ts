import { authenticatedRoute } from "@/lib/api/handler";
import { db } from "@/lib/db/client";
import { postQuoteMessage } from "@/lib/rfq/post-quote-message";

// POST /api/v1/quotes/:id/messages – a message in the negotiation (buyer or the quoting supplier).
export const POST = authenticatedRoute<{ id: string }>(async ({ actor, params, readJsonObject }) => Response.json(await postQuoteMessage(db(), actor, params.id, await readJsonObject()), { status: 201 }));
