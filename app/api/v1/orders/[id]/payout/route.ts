import { authenticatedRoute } from "@/lib/api/handler";
import { moneyJson } from "@/lib/api/search-response";
import { clientIp } from "@/lib/auth/client-ip";
import { db } from "@/lib/db/client";
import { releasePayout } from "@/lib/settlement/release-payout";

// POST /api/v1/orders/:id/payout – hub finance releases the supplier's payout after delivery.
export const POST = authenticatedRoute<{ id: string }>(async ({ actor, params, request, readJsonObject }) => {
  const body = request.headers.get("content-type") ? await readJsonObject() : {};
  const payout = await releasePayout(db(), actor, params.id, body, { ip: clientIp(request.headers) });
  return Response.json({ id: payout.id, amount: moneyJson(payout.amountMinor, payout.currency) }, { status: 201 });
});
