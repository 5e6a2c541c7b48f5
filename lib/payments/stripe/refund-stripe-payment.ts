import type Stripe from "stripe";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/permissions";
import { auditActorOf, recordAudit } from "@/lib/audit/record-audit";
import type { Db, Tx } from "@/lib/db/create-client";
import type { RefundStatus } from "@/lib/db/generated/enums.ts";
import { AppError } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/errors/validation";
import { isUuid } from "@/lib/ids/is-uuid";
import { postRefundInTx, refundableMinor, refundBankPayment, refundInputSchema } from "@/lib/settlement/refund-payment";
import { stripeAppError } from "./stripe-config";


const paymentNotFound = () => new AppError("NOT_FOUND", "Payment not found");

type RefundRow = { id: string; paymentId: string; amountMinor: bigint; currency: string };

/**
 * Marks a refund Stripe reports as succeeded and posts it — once: the caller holds the refund
 * row's lock and has seen it not SUCCEEDED. The payment and its invoice are locked first (the
 * same order as matching and paying), because posting rewrites the invoice's paid amount.
 */
export async function settleStripeRefundInTx(tx: Tx, refund: RefundRow, stripeRefundId: string, context: { userId: string | null }): Promise<void> {
  await tx.$queryRaw`SELECT id FROM "Payment" WHERE id = ${refund.paymentId}::uuid FOR UPDATE`;
  await tx.$queryRaw`SELECT i.id FROM "Invoice" i JOIN "Payment" p ON p."invoiceId" = i.id WHERE p.id = ${refund.paymentId}::uuid FOR UPDATE OF i`;
  await tx.refund.update({ where: { id: refund.id }, data: { status: "SUCCEEDED", externalReference: stripeRefundId }, select: { id: true } });
  await postRefundInTx(tx, refund, context);
}

/**
 * Finance returns (part of) a card payment through Stripe. The Refund row is written PENDING
 * before Stripe is called, and its id is both the idempotency key ("refund:<id>") and the
 * refund's metadata — so SDK retries refund once, and the webhook finds this row even if it
 * arrives before we stored Stripe's refund id. Amounts already on their way (PENDING) count
 * against what is refundable, so two people refunding at once cannot return too much.
 *
 * If Stripe answers "succeeded" the refund is posted here; the webhook then finds it SUCCEEDED
 * and does nothing. If the call fails the row is marked FAILED; when the failure was only the
 * connection and Stripe did refund, its refund.updated event posts it after all.
 */
export async function refundStripePayment(client: Db, actor: Actor, paymentId: string, rawInput: unknown, options: { stripe: Stripe | null; ip?: string }): Promise<{ id: string; status: RefundStatus }> {
  authorize(actor, "settlement:manage");
  const input = parseInput(refundInputSchema, rawInput);
  if (!isUuid(paymentId)) throw paymentNotFound();
  const stripe = options.stripe;

  const { refund, paymentIntentId } = await client.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "Payment" WHERE id = ${paymentId}::uuid FOR UPDATE`;
    const payment = await tx.payment.findUnique({ where: { id: paymentId } });
    if (!payment) throw paymentNotFound();
    if (payment.rail !== "STRIPE") throw new AppError("CONFLICT", "Bank transfers are refunded by bank transfer", { messageKey: "settlement:errors.refund_by_bank_transfer" });
    if (!stripe) throw new AppError("CONFLICT", "Stripe is not configured", { messageKey: "settlement:errors.stripe_unavailable" });
    if (input.amount.currency !== payment.currency) throw new AppError("VALIDATION_FAILED", "Currency differs", { fields: { "amount.currency": "settlement:errors.currency_mismatch" } });
    // refundableMinor already counts refunds still on their way (PENDING).
    if (input.amount.minor > (await refundableMinor(tx, payment))) {
      throw new AppError("VALIDATION_FAILED", "More than refundable", { fields: { "amount.amount": "settlement:errors.refund_too_large" } });
    }
    const created = await tx.refund.create({
      data: { paymentId: payment.id, currency: payment.currency, amountMinor: input.amount.minor, reason: input.reason, status: "PENDING", createdById: actor.userId },
      select: { id: true, paymentId: true, amountMinor: true, currency: true },
    });
    return { refund: created, paymentIntentId: payment.externalReference };
  });

  let stripeRefund: Stripe.Refund;
  try {
    stripeRefund = await stripe!.refunds.create({ payment_intent: paymentIntentId, amount: Number(refund.amountMinor), metadata: { refundId: refund.id } }, { idempotencyKey: `refund:${refund.id}` });
  } catch (error) {
    await client.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT id FROM "Refund" WHERE id = ${refund.id}::uuid FOR UPDATE`;
      await tx.refund.updateMany({ where: { id: refund.id, status: "PENDING" }, data: { status: "FAILED" } });
      await recordAudit(tx, { actor: auditActorOf(actor), action: "payment.refund_failed", targetType: "Payment", targetId: refund.paymentId, organizationId: null, data: { refundId: refund.id }, ip: options.ip });
    });
    throw stripeAppError(error, `refund ${refund.id} of payment ${refund.paymentId}`);
  }

  return client.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "Refund" WHERE id = ${refund.id}::uuid FOR UPDATE`;
    const current = await tx.refund.findUniqueOrThrow({ where: { id: refund.id }, select: { id: true, paymentId: true, amountMinor: true, currency: true, status: true } });
    let status = current.status;
    if (stripeRefund.status === "succeeded" && current.status !== "SUCCEEDED") {
      await settleStripeRefundInTx(tx, current, stripeRefund.id, { userId: actor.userId });
      status = "SUCCEEDED";
    } else if ((stripeRefund.status === "failed" || stripeRefund.status === "canceled") && current.status === "PENDING") {
      await tx.refund.update({ where: { id: current.id }, data: { status: "FAILED", externalReference: stripeRefund.id }, select: { id: true } });
      status = "FAILED";
    } else {
      await tx.refund.update({ where: { id: current.id }, data: { externalReference: stripeRefund.id }, select: { id: true } });
    }
    await recordAudit(tx, {
      actor: auditActorOf(actor),
      action: "payment.refunded",
      targetType: "Payment",
      targetId: current.paymentId,
      organizationId: null,
      data: { refundId: current.id, stripeRefundId: stripeRefund.id, status, amount: current.amountMinor.toString(), currency: current.currency, reason: input.reason },
      ip: options.ip,
    });
    return { id: current.id, status };
  });
}

/** The REST entry point: finance refunds a payment on the rail it came by. */
export async function refundPayment(client: Db, actor: Actor, paymentId: string, rawInput: unknown, options: { stripe: Stripe | null; ip?: string }): Promise<{ id: string; status: RefundStatus }> {
  authorize(actor, "settlement:manage");
  if (!isUuid(paymentId)) throw paymentNotFound();
  const payment = await client.payment.findUnique({ where: { id: paymentId }, select: { rail: true } });
  if (!payment) throw paymentNotFound();
  if (payment.rail === "STRIPE") return refundStripePayment(client, actor, paymentId, rawInput, options);
  const { id } = await refundBankPayment(client, actor, paymentId, rawInput, { ip: options.ip });
  return { id, status: "SUCCEEDED" };
}
