"use server";

import { headers } from "next/headers";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env/env";
import { AppError } from "@/lib/errors/app-error";
import type { ActionState } from "@/lib/forms/action-state";
import { requireSessionActor } from "@/lib/forms/require-session-actor";
import { toActionError } from "@/lib/forms/to-action-error";
import type { Locale } from "@/lib/i18n/config";
import { createInvoiceCheckout } from "@/lib/payments/stripe/create-invoice-checkout";
import { stripeFromEnv } from "@/lib/payments/stripe/stripe-config";

/** This site's origin for Stripe's return URLs: APP_URL when set (behind a proxy), else the request's host. */
async function siteOrigin(): Promise<string> {
  const configured = env().APP_URL;
  if (configured) return new URL(configured).origin;
  const requestHeaders = await headers();
  return `http://${requestHeaders.get("host") ?? "localhost"}`;
}

/** The buyer starts paying an invoice online; the button sends the browser to Stripe's URL. */
export async function startInvoiceCheckoutAction(locale: Locale, invoiceId: string): Promise<ActionState> {
  try {
    const actor = await requireSessionActor(locale);
    const stripe = stripeFromEnv();
    if (!stripe) throw new AppError("CONFLICT", "Stripe is not configured", { messageKey: "settlement:errors.stripe_not_configured" });
    const session = await createInvoiceCheckout(db(), actor, invoiceId, { stripe: stripe.stripe, origin: await siteOrigin(), locale });
    return { status: "success", data: { url: session.url } };
  } catch (error) {
    return toActionError(error, locale, "start-invoice-checkout");
  }
}
