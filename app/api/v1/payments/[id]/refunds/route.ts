import { authenticatedRoute } from "@/lib/api/handler";
import { clientIp } from "@/lib/auth/client-ip";
import { db } from "@/lib/db/client";
import { refundPayment } from "@/lib/payments/stripe/refund-stripe-payment";
import { stripeFromEnv } from "@/lib/payments/stripe/stripe-config";

// POST /api/v1/payments/:id/refunds { "amount": { "amount", "currency" }, "reason", "bankReference"? } – finance refunds a payment on its own rail (Stripe or bank transfer); 201 { id, status }.
export const POST = authenticatedRoute<{ id: string }>(async ({ actor, params, request, readJsonObject }) => {
  const refund = await refundPayment(db(), actor, params.id, await readJsonObject(), { stripe: stripeFromEnv()?.stripe ?? null, ip: clientIp(request.headers) });
  return Response.json(refund, { status: 201 });
});
