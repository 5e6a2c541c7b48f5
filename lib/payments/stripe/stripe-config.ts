import "server-only";
import Stripe from "stripe";
import { env } from "@/lib/env/env";
import { AppError } from "@/lib/errors/app-error";

/** What the app needs to talk to Stripe; null when Stripe is not configured (bank transfer only). */
export type StripeSettings = { secretKey: string; webhookSecret: string; host?: string };

/** Stripe is on only when both keys are set: a secret key without a webhook secret could take money it never hears about. */
export function stripeConfig(): StripeSettings | null {
  const { STRIPE_SECRET_KEY, STRIPE_WEBHOOK_SECRET, STRIPE_API_HOST } = env();
  if (!STRIPE_SECRET_KEY || !STRIPE_WEBHOOK_SECRET) return null;
  return { secretKey: STRIPE_SECRET_KEY, webhookSecret: STRIPE_WEBHOOK_SECRET, ...(STRIPE_API_HOST ? { host: STRIPE_API_HOST } : {}) };
}

/**
 * A client on the SDK's pinned API version (no `apiVersion`: the SDK's types describe exactly
 * that version). Two network retries: every POST we make carries our own idempotency key, so a
 * retry can never charge or refund twice. `host` (STRIPE_API_HOST) points the SDK elsewhere —
 * tests use a loopback server standing in for api.stripe.com.
 */
export function createStripeClient(config: { secretKey: string; host?: string }): Stripe {
  const options: Stripe.StripeConfig = { maxNetworkRetries: 2 };
  if (config.host) {
    const url = new URL(config.host);
    const protocol = url.protocol === "http:" ? "http" : "https";
    options.host = url.hostname;
    options.port = url.port || (protocol === "http" ? 80 : 443);
    options.protocol = protocol;
  }
  return new Stripe(config.secretKey, options);
}

let cached: { settings: StripeSettings; stripe: Stripe } | undefined;

/** The server's Stripe client and webhook secret from the environment, built once; null when not configured. */
export function stripeFromEnv(): { stripe: Stripe; webhookSecret: string } | null {
  const settings = stripeConfig();
  if (!settings) return null;
  cached ??= { settings, stripe: createStripeClient(settings) };
  return { stripe: cached.stripe, webhookSecret: cached.settings.webhookSecret };
}

/**
 * A failed Stripe call as the user should see it: an amount Stripe will not charge is the
 * buyer's to fix (pay by bank transfer); anything else — network, outage, our keys — is
 * logged with context and reported as Stripe being unavailable.
 */
export function stripeAppError(error: unknown, what: string): AppError {
  if (error instanceof Stripe.errors.StripeError && (error.code === "amount_too_small" || error.code === "amount_too_large")) {
    return new AppError("CONFLICT", `Stripe refused the amount: ${error.message}`, { messageKey: "settlement:errors.stripe_amount_out_of_range" });
  }
  console.error(`[stripe] ${what} failed`, error);
  return new AppError("INTERNAL", `Stripe call failed: ${what}`, { messageKey: "settlement:errors.stripe_unavailable" });
}
