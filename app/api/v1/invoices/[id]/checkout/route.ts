import { authenticatedRoute } from "@/lib/api/handler";
import { apiLocale } from "@/lib/api/json-error";
import { clientIp } from "@/lib/auth/client-ip";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env/server";
import { AppError } from "@/lib/errors/app-error";
import { createInvoiceCheckout } from "@/lib/payments/stripe/create-invoice-checkout";
import { stripeFromEnv } from "@/lib/payments/stripe/stripe-config";

// POST /api/v1/invoices/:id/checkout { "successUrl"?, "cancelUrl"? } – the buyer opens a Stripe Checkout page for what is still due; 201 { id, url }.
export const POST = authenticatedRoute<{ id: string }>(async ({ actor, params, request, readJsonObject }) => {
  const stripe = stripeFromEnv();
  if (!stripe) throw new AppError("NOT_FOUND", "Stripe is not configured");
  // The body is optional: without one, Stripe returns the buyer to the order's settlement page.
  const body = request.headers.has("content-type") ? await readJsonObject() : {};
  const checkout = await createInvoiceCheckout(db(), actor, params.id, {
    stripe: stripe.stripe,
    origin: env().APP_URL ?? new URL(request.url).origin,
    locale: apiLocale(request, actor.locale),
    successUrl: body.successUrl,
    cancelUrl: body.cancelUrl,
    ip: clientIp(request.headers),
  });
  return Response.json(checkout, { status: 201 });
});
