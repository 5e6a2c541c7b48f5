import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/permissions";
import { auditActorOf, recordAudit } from "@/lib/audit/record-audit";
import type { Db, Tx } from "@/lib/db/create-client";
import { Prisma } from "@/lib/db/generated/client.ts";
import { AppError } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/errors/validation";
import { isUuid } from "@/lib/ids/is-uuid";
import { postLedgerTransaction } from "@/lib/ledger/post-ledger-transaction";
import { currencyCodes, isCurrencyCode } from "@/lib/money/currencies";
import { amountMessages, moneyInputSchema } from "@/lib/money/money-input";
import { invoiceStatusFor } from "./invoice-status";
import { refundLines } from "./settlement-postings";

/** A refund: amount in the payment's currency, why, and (bank transfers) the outgoing transfer's reference. */
export const refundInputSchema = z.object({
  amount: moneyInputSchema(currencyCodes, amountMessages),
  reason: z.string({ error: "required" }).trim().min(3, { error: "too_short" }).max(500, { error: "too_long" }),
  bankReference: z.string().trim().max(64, { error: "too_long" }).optional(),
});

/**
 * How much of a payment may go back: an unmatched receipt in full (returned to the sender);
 * on a void invoice (cancelled order) everything not yet returned; on an open invoice only
 * what was paid beyond what is still due on it (its amount less what disputes credited back) —
 * refunding an invoice's own amount is a dispute decision, not this.
 */
export async function refundableMinor(tx: Tx, payment: { id: string; amountMinor: bigint; refundedMinor: bigint; invoiceId: string | null }): Promise<bigint> {
  const pending = await tx.refund.aggregate({ where: { paymentId: payment.id, status: "PENDING" }, _sum: { amountMinor: true } });
  const left = payment.amountMinor - payment.refundedMinor - (pending._sum.amountMinor ?? 0n);
  if (left <= 0n) return 0n;
  if (!payment.invoiceId) return left;
  const invoice = await tx.invoice.findUniqueOrThrow({ where: { id: payment.invoiceId }, select: { status: true, amountMinor: true, paidMinor: true, creditedMinor: true } });
  if (invoice.status === "VOID") return left;
  const over = invoice.paidMinor - (invoice.amountMinor - invoice.creditedMinor);
  return over > 0n ? (over < left ? over : left) : 0n;
}

/** Posts a refund that has left the platform (bank transfer sent, or Stripe confirmed it). */
export async function postRefundInTx(tx: Tx, refund: { id: string; paymentId: string; amountMinor: bigint; currency: string }, context: { userId: string | null }): Promise<void> {
  // The invoice row is locked before its paid amount is read: a payment applied to the same
  // invoice at the same moment must not be overwritten.
  await tx.$queryRaw`SELECT i.id FROM "Invoice" i JOIN "Payment" p ON p."invoiceId" = i.id WHERE p.id = ${refund.paymentId}::uuid FOR UPDATE OF i`;
  const payment = await tx.payment.findUniqueOrThrow({ where: { id: refund.paymentId }, include: { invoice: { include: { order: { select: { id: true, number: true, buyerId: true } } } } } });
  if (!isCurrencyCode(refund.currency) || refund.currency !== payment.currency) throw new RangeError("Refund currency must be the payment's");
  const buyerId = payment.status === "MATCHED" ? (payment.invoice?.order.buyerId ?? null) : null;
  await postLedgerTransaction(tx, {
    kind: "REFUND",
    idempotencyKey: `refund:${refund.id}`,
    orderId: payment.invoice?.order.id ?? null,
    invoiceId: payment.invoiceId,
    paymentId: payment.id,
    refundId: refund.id,
    memo: { orderNumber: payment.invoice?.order.number ?? null, invoiceNumber: payment.invoice?.number ?? null },
    createdById: context.userId,
    lines: refundLines(buyerId, { minor: refund.amountMinor, currency: refund.currency }),
  });
  await tx.payment.update({ where: { id: payment.id }, data: { refundedMinor: { increment: refund.amountMinor } }, select: { id: true } });
  if (payment.invoice && buyerId) {
    const paidMinor = payment.invoice.paidMinor - refund.amountMinor;
    const status = payment.invoice.status === "VOID" ? "VOID" : invoiceStatusFor(payment.invoice.amountMinor - payment.invoice.creditedMinor, paidMinor);
    await tx.invoice.update({ where: { id: payment.invoice.id }, data: { paidMinor, status }, select: { id: true } });
  }
}

/**
 * Finance returns money by bank transfer: an over-payment, a payment on a cancelled order, or
 * a transfer nobody can place. Never more than is refundable (see refundableMinor).
 */
export async function refundBankPayment(client: Db, actor: Actor, paymentId: string, rawInput: unknown, context: { ip?: string } = {}): Promise<{ id: string }> {
  authorize(actor, "settlement:manage");
  const input = parseInput(refundInputSchema, rawInput);
  if (!isUuid(paymentId)) throw new AppError("NOT_FOUND", "Payment not found");
  try {
    return await refundBankPaymentInTx(client, actor, paymentId, input, context);
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("CONFLICT", "This outgoing transfer is already recorded", { messageKey: "settlement:errors.duplicate_bank_reference", fields: { bankReference: "settlement:errors.duplicate_bank_reference" } });
    }
    throw error;
  }
}

async function refundBankPaymentInTx(client: Db, actor: Actor, paymentId: string, input: z.infer<typeof refundInputSchema>, context: { ip?: string }): Promise<{ id: string }> {
  return client.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "Payment" WHERE id = ${paymentId}::uuid FOR UPDATE`;
    const payment = await tx.payment.findUnique({ where: { id: paymentId } });
    if (!payment) throw new AppError("NOT_FOUND", "Payment not found");
    if (payment.rail !== "BANK_TRANSFER") throw new AppError("CONFLICT", "Card payments are refunded through Stripe", { messageKey: "settlement:errors.refund_through_stripe" });
    if (input.amount.currency !== payment.currency) throw new AppError("VALIDATION_FAILED", "Currency differs", { fields: { "amount.currency": "settlement:errors.currency_mismatch" } });
    if (input.amount.minor > (await refundableMinor(tx, payment))) throw new AppError("VALIDATION_FAILED", "More than refundable", { fields: { "amount.amount": "settlement:errors.refund_too_large" } });
    const refund = await tx.refund.create({
      data: { paymentId: payment.id, currency: payment.currency, amountMinor: input.amount.minor, reason: input.reason, status: "SUCCEEDED", externalReference: input.bankReference || null, createdById: actor.userId },
      select: { id: true, paymentId: true, amountMinor: true, currency: true },
    });
    await postRefundInTx(tx, refund, { userId: actor.userId });
    await recordAudit(tx, {
      actor: auditActorOf(actor),
      action: "payment.refunded",
      targetType: "Payment",
      targetId: payment.id,
      organizationId: null,
      data: { amount: input.amount.minor.toString(), currency: payment.currency, reason: input.reason },
      ip: context.ip,
    });
    return { id: refund.id };
  });
}
