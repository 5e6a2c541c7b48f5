import { createHash } from "node:crypto";
import type Stripe from "stripe";
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/permissions";
import { auditActorOf, recordAudit } from "@/lib/audit/record-audit";
import type { Db } from "@/lib/db/create-client";
import { Prisma } from "@/lib/db/generated/client.ts";
import { AppError } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/errors/validation";
import { contentFallbacks, isLocale } from "@/lib/i18n/config";
import { isUuid } from "@/lib/ids/is-uuid";
import { isCurrencyCode } from "@/lib/money/currencies";
import { canSeeOrder } from "@/lib/orders/order-parties";
import { stripeAppError } from "./stripe-config";
import { stripeMaxAmountMinor, stripeMethodsFor, toStripeCurrency } from "./stripe-currencies";

export type InvoiceCheckoutOptions = {
  stripe: Stripe;
  /**
   * This site's origin (APP_URL, else the request's). When given, return URLs must stay on it and
   * default to the order's settlement page; without it the caller passes both URLs itself.
   */
  origin?: string;
  /** The buyer's UI locale; Checkout gets the nearest language it has. */
  locale: string;
  /** Where Stripe sends the buyer back (absolute, or a path on `origin`). */
  successUrl?: unknown;
  cancelUrl?: unknown;
  ip?: string;
};

/** Of our locales, the ones Stripe Checkout is translated into (its `locale` enum has no kk or uz). */
const checkoutLocales: ReadonlySet<string> = new Set(["en", "ru", "zh"]);

/** kk and uz readers get Russian, the next language in their fallback chain; anything unknown lets Stripe pick. */
function checkoutLocale(locale: string): Stripe.Checkout.SessionCreateParams.Locale {
  if (!isLocale(locale)) return "auto";
  return contentFallbacks[locale].find((candidate) => checkoutLocales.has(candidate)) ?? "auto";
}

/**
 * A return URL: on this site when its origin is known (absolute or a path) — anything pointing
 * elsewhere is refused, so Checkout is no open redirect — else at least an absolute http(s) URL.
 */
function returnUrl(origin: string | null) {
  const base = origin ?? undefined;
  return z
    .string({ error: "invalid" })
    .trim()
    .max(2000, { error: "too_long" })
    .refine((value) => URL.canParse(value, base) && /^https?:$/.test(new URL(value, base).protocol) && (origin === null || new URL(value, base).origin === origin), { error: "invalid" })
    .transform((value) => new URL(value, base).toString())
    .optional();
}

const notFound = () => new AppError("NOT_FOUND", "Invoice not found");

/**
 * Opens a Stripe Checkout Session for what is still due on an invoice. Only the buyer's
 * purchasers may pay: companies that cannot see the order get NOT_FOUND (an invoice id reveals
 * nothing), its supplier and hub staff — who already see the invoice — get FORBIDDEN.
 *
 * The idempotency key is derived, never random: invoice, amount due, how many sessions the
 * invoice already has, and the request's return URLs and locale. The SDK's own retries of one
 * call therefore reuse the session Stripe may already have made, and a session created by a
 * call that died before storing it is picked up by the next identical click; a real new attempt
 * (a session already stored, or another amount after a partial payment) gets a new one.
 */
export async function createInvoiceCheckout(client: Db, actor: Actor, invoiceId: string, options: InvoiceCheckoutOptions): Promise<{ id: string; url: string }> {
  if (!isUuid(invoiceId)) throw notFound();
  const invoice = await client.invoice.findUnique({ where: { id: invoiceId }, include: { order: { select: { id: true, number: true, buyerId: true, supplierId: true } } } });
  if (!invoice || !canSeeOrder(actor, invoice.order)) throw notFound();
  authorize(actor, "rfq:buy", { organizationId: invoice.order.buyerId });

  const origin = options.origin ? new URL(options.origin).origin : null;
  const input = parseInput(z.object({ successUrl: returnUrl(origin), cancelUrl: returnUrl(origin) }), { successUrl: options.successUrl ?? undefined, cancelUrl: options.cancelUrl ?? undefined });
  const settlementPage = origin ? `${origin}/${isLocale(options.locale) ? options.locale : "en"}/orders/${invoice.order.id}/settlement` : null;
  const successUrl = input.successUrl ?? (settlementPage ? `${settlementPage}?paid=stripe` : null);
  const cancelUrl = input.cancelUrl ?? settlementPage;
  if (!successUrl || !cancelUrl) throw new AppError("VALIDATION_FAILED", "Return URLs are required", { fields: { [successUrl ? "cancelUrl" : "successUrl"]: "field.required" } });

  if (invoice.status !== "ISSUED" && invoice.status !== "PARTIALLY_PAID") throw new AppError("CONFLICT", `Invoice is ${invoice.status}`, { messageKey: "settlement:errors.invoice_not_payable" });
  const methods = stripeMethodsFor(invoice.currency);
  if (!methods || !isCurrencyCode(invoice.currency)) throw new AppError("CONFLICT", `Stripe cannot charge ${invoice.currency}`, { messageKey: "settlement:errors.stripe_currency_unsupported" });
  const amountMinor = invoice.amountMinor - invoice.paidMinor;
  if (amountMinor <= 0n) throw new AppError("CONFLICT", "Nothing is due", { messageKey: "settlement:errors.invoice_not_payable" });
  if (amountMinor > stripeMaxAmountMinor) throw new AppError("CONFLICT", "Amount is beyond Stripe's limit", { messageKey: "settlement:errors.stripe_amount_out_of_range" });

  const attempt = await client.stripeCheckout.count({ where: { invoiceId: invoice.id } });
  const requestHash = createHash("sha256").update(JSON.stringify([successUrl, cancelUrl, checkoutLocale(options.locale)])).digest("hex").slice(0, 16);
  const idempotencyKey = `checkout:${invoice.id}:${amountMinor}:${attempt}:${requestHash}`;
  const metadata = { invoiceId: invoice.id, orderId: invoice.order.id, paymentReference: invoice.paymentReference };

  let session: Stripe.Checkout.Session;
  try {
    session = await options.stripe.checkout.sessions.create(
      {
        mode: "payment",
        client_reference_id: invoice.id,
        locale: checkoutLocale(options.locale),
        success_url: successUrl,
        cancel_url: cancelUrl,
        line_items: [{ quantity: 1, price_data: { currency: toStripeCurrency(invoice.currency), unit_amount: Number(amountMinor), product_data: { name: `${invoice.number} / ${invoice.order.number}` } } }],
        // This API version replaced `payment_method_types` with this filter on the methods the account has enabled.
        allowed_payment_method_types: [...methods],
        ...(methods.includes("wechat_pay") ? { payment_method_options: { wechat_pay: { client: "web" as const } } } : {}),
        metadata,
        payment_intent_data: { metadata },
      },
      { idempotencyKey },
    );
  } catch (error) {
    throw stripeAppError(error, `checkout for invoice ${invoice.number}`);
  }
  if (!session.url) throw stripeAppError(new Error(`session ${session.id} has no URL`), `checkout for invoice ${invoice.number}`);
  const url = session.url;

  try {
    await client.$transaction(async (tx) => {
      await tx.stripeCheckout.create({
        data: { id: session.id, invoiceId: invoice.id, url, currency: invoice.currency, amountMinor, idempotencyKey, paymentIntentId: typeof session.payment_intent === "string" ? session.payment_intent : null },
        select: { id: true },
      });
      await recordAudit(tx, {
        actor: auditActorOf(actor),
        action: "invoice.checkout_started",
        targetType: "Invoice",
        targetId: invoice.id,
        organizationId: invoice.order.buyerId,
        data: { sessionId: session.id, amount: amountMinor.toString(), currency: invoice.currency },
        ip: options.ip,
      });
    });
  } catch (error) {
    // Two identical clicks at once get the same session from Stripe (same key); the second store loses the race and answers with the first.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const stored = await client.stripeCheckout.findFirst({ where: { OR: [{ id: session.id }, { idempotencyKey }] }, select: { id: true, url: true } });
      if (stored) return stored;
    }
    throw error;
  }
  return { id: session.id, url };
}
