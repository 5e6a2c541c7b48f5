import { authenticatedRoute } from "@/lib/api/handler";
import { recordedTransferJson } from "@/lib/api/settlement-json";
import { clientIp } from "@/lib/auth/client-ip";
import { db } from "@/lib/db/client";
import { recordBankTransfer } from "@/lib/settlement/record-bank-transfer";

// POST /api/v1/payments/bank-transfers – hub finance records an incoming transfer; matched by payment reference.
export const POST = authenticatedRoute(async ({ actor, readJsonObject, request }) => {
  const recorded = await recordBankTransfer(db(), actor, await readJsonObject(), { ip: clientIp(request.headers) });
  return Response.json(recordedTransferJson(recorded), { status: 201 });
});
