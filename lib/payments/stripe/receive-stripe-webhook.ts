import type Stripe from "stripe";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Db, Tx } from "@/lib/db/create-client";
import { Prisma } from "@/lib/db/generated/client.ts";
import { isUuid } from "@/lib/ids/is-uuid";
import { postLedgerTransaction } from "@/lib/ledger/post-ledger-transaction";
import { applyPaymentToInvoiceInTx } from "@/lib/settlement/apply-payment-to-invoice";
import { unmatchedReceiptLines } from "@/lib/settlement/settlement-postings";
import { settleStripeRefundInTx } from "./refund-stripe-payment";
import { fromStripeCurrency } from "./stripe-currencies";

export type StripeWebhookResult =
  | { status: 200; body: { received: true; outcome: "processed" | "duplicate" | "ignored" } }
  | { status: 400 | 500; body: { error: { code: "BAD_REQUEST" | "INTERNAL"; message: string } } };

/** Thrown inside the transaction to roll it back — event row included — so Stripe delivers the event again later. */
class RetryLater extends Error {}

const received = (outcome: "processed" | "duplicate" | "ignored"): StripeWebhookResult => ({ status: 200, body: { received: true, outcome } });

/**
 * Takes one webhook delivery. The signature is checked on the raw body first (Stripe's default
 * five-minute tolerance, so an old delivery replayed later is refused); a bad one stores nothing.
 * Then, in one transaction, the event id is stored (a second delivery of it — later, or at the
 * same moment, waiting on the first's row — changes nothing) and the event is handled.
 *
 * A payment is keyed by its PaymentIntent, whichever event reports it first
 * (checkout.session.completed or payment_intent.succeeded); the other is a no-op. A refund
 * whose payment we have not recorded yet (events arrive in any order) answers 500 and leaves
 * no trace, so Stripe's redelivery finds the payment.
 */
export async function receiveStripeWebhook(client: Db, config: { stripe: Stripe; webhookSecret: string }, rawBody: string, signatureHeader: string | null): Promise<StripeWebhookResult> {
  let event: Stripe.Event;
  try {
    if (!signatureHeader) throw new Error("no signature header");
    event = config.stripe.webhooks.constructEvent(rawBody, signatureHeader, config.webhookSecret);
  } catch {
    return { status: 400, body: { error: { code: "BAD_REQUEST", message: "Invalid or expired Stripe signature" } } };
  }

  try {
    const outcome = await client.$transaction(async (tx) => {
      const stored = await tx.stripeEvent.createMany({ data: [{ id: event.id, type: event.type, payload: event as unknown as Prisma.InputJsonValue }], skipDuplicates: true });
      if (stored.count === 0) return "duplicate" as const;
      const handled = await handleEvent(tx, event);
      await tx.stripeEvent.update({ where: { id: event.id }, data: { processedAt: new Date() }, select: { id: true } });
      return handled ? ("processed" as const) : ("ignored" as const);
    });
    return received(outcome);
  } catch (error) {
    if (error instanceof RetryLater) return { status: 500, body: { error: { code: "INTERNAL", message: `Retry later: ${error.message}` } } };
    // The unique keys (event id, payment per PaymentIntent, refund per Stripe id) are the last line: a lost race means someone else posted it.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return received("duplicate");
    throw error;
  }
}

async function handleEvent(tx: Tx, event: Stripe.Event): Promise<boolean> {
  switch (event.type) {
    case "payment_intent.succeeded": {
      const intent = event.data.object;
      return receivePayment(tx, event, { paymentIntentId: intent.id, amount: intent.amount_received || intent.amount, currency: intent.currency, metadata: intent.metadata });
    }
    case "checkout.session.completed":
    case "checkout.session.async_payment_succeeded": {
      const session = event.data.object;
      const paymentIntentId = typeof session.payment_intent === "string" ? session.payment_intent : (session.payment_intent?.id ?? null);
      if (session.payment_status !== "paid" || !paymentIntentId) return false;
      await tx.stripeCheckout.updateMany({ where: { id: session.id, paymentIntentId: null }, data: { paymentIntentId } });
      return receivePayment(tx, event, { paymentIntentId, amount: session.amount_total, currency: session.currency, metadata: session.metadata });
    }
    case "refund.created":
    case "refund.updated":
    case "refund.failed":
      return receiveRefund(tx, event.data.object);
    case "charge.refunded": {
      // Charges list their refunds only when the API version includes them; the refund.* events always carry them.
      let handled = false;
      for (const refund of event.data.object.refunds?.data ?? []) handled = (await receiveRefund(tx, refund)) || handled;
      return handled;
    }
    default:
      return false;
  }
}

type StripeReceipt = { paymentIntentId: string; amount: number | null; currency: string | null; metadata: Stripe.Metadata | null };

/** Serializes work on one Stripe object (a PaymentIntent, a refund) across concurrent deliveries of different events. */
async function lockStripeObject(tx: Tx, id: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`stripe:${id}`}, 0))`;
}

function valueDateOf(event: Stripe.Event): Date {
  const at = new Date(event.created * 1000);
  return new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()));
}

/**
 * Records the money a PaymentIntent brought in, once. It is placed on the invoice named in its
 * metadata when that invoice is open and in the same currency; otherwise — invoice voided
 * meanwhile, another currency, unknown invoice — the money still arrived, so it is kept in
 * unmatched receipts for finance to place or refund. A PaymentIntent without our metadata was
 * not started by this platform and is left alone.
 */
async function receivePayment(tx: Tx, event: Stripe.Event, receipt: StripeReceipt): Promise<boolean> {
  const invoiceId = receipt.metadata?.invoiceId;
  if (!invoiceId) return false;
  const currency = fromStripeCurrency(receipt.currency);
  if (!currency || !receipt.amount || receipt.amount <= 0) {
    console.error(`[stripe] event ${event.id}: PaymentIntent ${receipt.paymentIntentId} paid ${receipt.amount} ${receipt.currency}, which the ledger cannot hold`);
    return false;
  }
  await lockStripeObject(tx, receipt.paymentIntentId);
  const known = await tx.payment.findUnique({ where: { rail_externalReference: { rail: "STRIPE", externalReference: receipt.paymentIntentId } }, select: { id: true } });
  if (known) return false;

  let invoice: { id: string; status: string; currency: string; paymentReference: string } | null = null;
  if (isUuid(invoiceId)) {
    await tx.$queryRaw`SELECT id FROM "Invoice" WHERE id = ${invoiceId}::uuid FOR UPDATE`;
    invoice = await tx.invoice.findUnique({ where: { id: invoiceId }, select: { id: true, status: true, currency: true, paymentReference: true } });
  }
  const target = invoice && invoice.status !== "VOID" && invoice.currency === currency ? invoice : null;
  const matched = target !== null;
  const amountMinor = BigInt(receipt.amount);
  const valueDate = valueDateOf(event);
  const payment = await tx.payment.create({
    data: {
      rail: "STRIPE",
      externalReference: receipt.paymentIntentId,
      paymentReference: receipt.metadata?.paymentReference || invoice?.paymentReference || receipt.paymentIntentId,
      invoiceId: target?.id ?? null,
      currency,
      amountMinor,
      valueDate,
      status: matched ? "MATCHED" : "UNMATCHED",
      matchedAt: matched ? new Date() : null,
    },
  });
  if (target) {
    await applyPaymentToInvoiceInTx(tx, payment, target.id, { userId: null, organizationId: null, fromUnmatched: false });
  } else {
    await postLedgerTransaction(tx, {
      kind: "PAYMENT_RECEIVED",
      idempotencyKey: `payment:${payment.id}`,
      paymentId: payment.id,
      memo: { stripePaymentIntent: receipt.paymentIntentId, unmatched: true },
      effectiveAt: valueDate,
      createdById: null,
      lines: unmatchedReceiptLines({ minor: amountMinor, currency }),
    });
  }
  await recordAudit(tx, {
    actor: null,
    action: "payment.recorded",
    targetType: "Payment",
    targetId: payment.id,
    organizationId: null,
    data: { rail: "STRIPE", paymentIntent: receipt.paymentIntentId, eventId: event.id, amount: amountMinor.toString(), currency, matched, invoiceId },
  });
  return true;
}

/**
 * A refund's final word from Stripe. Succeeded: find our Refund (by Stripe id, else by the
 * refundId we put in its metadata; one made in Stripe's dashboard gets a row here), and post it
 * unless it is SUCCEEDED already — under its row lock, so any mix of events and finance's own
 * call posts it once. Failed or canceled: a PENDING refund is marked FAILED.
 */
async function receiveRefund(tx: Tx, refund: Stripe.Refund): Promise<boolean> {
  const paymentIntentId = typeof refund.payment_intent === "string" ? refund.payment_intent : (refund.payment_intent?.id ?? null);
  if (!paymentIntentId) return false;
  await lockStripeObject(tx, refund.id);
  const ourId = refund.metadata?.refundId;
  const existing =
    (await tx.refund.findUnique({ where: { externalReference: refund.id }, select: { id: true } })) ??
    (ourId && isUuid(ourId) ? await tx.refund.findUnique({ where: { id: ourId }, select: { id: true } }) : null);

  if (refund.status === "failed" || refund.status === "canceled") {
    if (!existing) return false;
    await tx.$queryRaw`SELECT id FROM "Refund" WHERE id = ${existing.id}::uuid FOR UPDATE`;
    const current = await tx.refund.findUniqueOrThrow({ where: { id: existing.id }, select: { status: true } });
    if (current.status === "SUCCEEDED") console.error(`[stripe] refund ${refund.id} is ${refund.status} after it succeeded: finance must review refund ${existing.id}`);
    if (current.status !== "PENDING") return false;
    await tx.refund.update({ where: { id: existing.id }, data: { status: "FAILED", externalReference: refund.id }, select: { id: true } });
    return true;
  }
  if (refund.status !== "succeeded") return false;

  const payment = await tx.payment.findUnique({ where: { rail_externalReference: { rail: "STRIPE", externalReference: paymentIntentId } }, select: { id: true, currency: true } });
  if (!payment) throw new RetryLater(`payment ${paymentIntentId} of refund ${refund.id} is not recorded yet`);
  if (fromStripeCurrency(refund.currency) !== payment.currency) {
    console.error(`[stripe] refund ${refund.id} is in ${refund.currency}, its payment ${payment.id} in ${payment.currency}`);
    return false;
  }
  const refundId =
    existing?.id ??
    (
      await tx.refund.create({
        data: { paymentId: payment.id, currency: payment.currency, amountMinor: BigInt(refund.amount), reason: refund.reason ?? "Refunded in Stripe", status: "PENDING", externalReference: refund.id },
        select: { id: true },
      })
    ).id;
  await tx.$queryRaw`SELECT id FROM "Refund" WHERE id = ${refundId}::uuid FOR UPDATE`;
  const current = await tx.refund.findUniqueOrThrow({ where: { id: refundId }, select: { id: true, paymentId: true, amountMinor: true, currency: true, status: true } });
  if (current.status === "SUCCEEDED") return false;
  if (current.paymentId !== payment.id) {
    console.error(`[stripe] refund ${refund.id} names refund ${current.id}, which belongs to another payment`);
    return false;
  }
  await settleStripeRefundInTx(tx, current, refund.id, { userId: null });
  return true;
}
