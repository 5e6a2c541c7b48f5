import { authenticatedRoute } from "@/lib/api/handler";
import { comparisonJson } from "@/lib/api/deal-json";
import { db } from "@/lib/db/client";
import { compareQuotes } from "@/lib/rfq/compare-quotes";

// GET /api/v1/rfqs/:id/comparison – live quotes side by side in ?currency= (default: the buyer's own), with the FX snapshots used.
export const GET = authenticatedRoute<{ id: string }>(async ({ actor, params, request }) =>
  Response.json(comparisonJson(await compareQuotes(db(), actor, params.id, { displayCurrency: new URL(request.url).searchParams.get("currency") ?? undefined }))),
);
