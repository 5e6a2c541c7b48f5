import { authenticatedRoute } from "@/lib/api/handler";
import { clientIp } from "@/lib/auth/client-ip";
import { db } from "@/lib/db/client";
import { matchPayment } from "@/lib/settlement/match-payment";

// POST /api/v1/payments/:id/match – hub finance places an unmatched transfer on an invoice by hand.
export const POST = authenticatedRoute<{ id: string }>(async ({ actor, params, readJsonObject, request }) => {
  return Response.json(await matchPayment(db(), actor, params.id, await readJsonObject(), { ip: clientIp(request.headers) }));
});
