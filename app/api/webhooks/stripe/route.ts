import { apiLocale, jsonError } from "@/lib/api/json-error";
import { db } from "@/lib/db/client";
import { receiveStripeWebhook } from "@/lib/payments/stripe/receive-stripe-webhook";
import { stripeFromEnv } from "@/lib/payments/stripe/stripe-config";

// The signature is computed over the exact bytes Stripe sent: read the body as text here, never as parsed JSON.
export const runtime = "nodejs";
export const dynamic = "force-dynamic";

// POST /api/webhooks/stripe – Stripe's event deliveries (signed with STRIPE_WEBHOOK_SECRET); 404 when Stripe is not configured.
export async function POST(request: Request): Promise<Response> {
  const stripe = stripeFromEnv();
  if (!stripe) return jsonError("NOT_FOUND", apiLocale(request));
  try {
    const result = await receiveStripeWebhook(db(), stripe, await request.text(), request.headers.get("stripe-signature"));
    return Response.json(result.body, { status: result.status });
  } catch (error) {
    console.error("[stripe] webhook delivery failed", error);
    return jsonError("INTERNAL", apiLocale(request));
  }
}
