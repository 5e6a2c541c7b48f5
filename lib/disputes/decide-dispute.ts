import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/permissions";
import { auditActorOf, recordAudit } from "@/lib/audit/record-audit";
import type { Db, Tx } from "@/lib/db/create-client";
import type { OrderStatus } from "@/lib/db/generated/enums.ts";
import { AppError } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/errors/validation";
import { isUuid } from "@/lib/ids/is-uuid";
import { postLedgerTransaction, type LedgerLine } from "@/lib/ledger/post-ledger-transaction";
import { allocateMinor } from "@/lib/money/allocate";
import { toCurrencyCode } from "@/lib/money/currencies";
import { convertWithSnapshot } from "@/lib/money/fx/convert-with-snapshot";
import { notify } from "@/lib/notify/notify";
import { notifyHubStaff } from "@/lib/notify/notify-hub-staff";
import { transitionOrderBySystemInTx } from "@/lib/orders/transition-order-by-system";
import { invoiceStatusFor } from "@/lib/settlement/invoice-status";
import { disputeRefundLines } from "@/lib/settlement/settlement-postings";
import { decideDisputeInputSchema } from "./dispute-input";

type OrderForDecision = { id: string; number: string; buyerId: string; supplierId: string; currency: string; totalMinor: bigint; payout: { id: string } | null };

/**
 * Posts the refund a decision grants: split over the order's invoices by the part of the order
 * each covers (no minor unit lost), each part credited to the buyer in the invoice's currency
 * at the invoice's own rate, out of escrow (or owed back by the supplier when the payout was
 * already released). One ledger transaction, keyed by the dispute.
 */
async function postDisputeRefund(tx: Tx, disputeId: string, order: OrderForDecision, refundMinor: bigint, createdById: string): Promise<void> {
  const orderCurrency = toCurrencyCode(order.currency);
  const invoices = await tx.invoice.findMany({ where: { orderId: order.id, status: { not: "VOID" } }, orderBy: { number: "asc" } });
  if (!invoices.length) throw new AppError("CONFLICT", "The order has no invoices", { messageKey: "disputes:errors.nothing_to_refund" });
  const shares = allocateMinor(refundMinor, invoices.map((invoice) => invoice.orderAmountMinor));
  const lines: LedgerLine[] = [];
  for (const [index, invoice] of invoices.entries()) {
    const share = shares[index]!;
    if (share === 0n) continue;
    const invoiceCurrency = toCurrencyCode(invoice.currency);
    const credit = invoiceCurrency === orderCurrency ? share : convertWithSnapshot(share, orderCurrency, invoiceCurrency, invoice.fxSnapshot);
    lines.push(...disputeRefundLines(order.buyerId, { minor: share, currency: orderCurrency }, { minor: credit, currency: invoiceCurrency }, { payoutReleasedTo: order.payout ? order.supplierId : null }));
    const creditedMinor = invoice.creditedMinor + credit;
    await tx.invoice.update({ where: { id: invoice.id }, data: { creditedMinor, status: invoiceStatusFor(invoice.amountMinor - creditedMinor, invoice.paidMinor) }, select: { id: true } });
  }
  await postLedgerTransaction(tx, { kind: "DISPUTE_ADJUSTMENT", idempotencyKey: `dispute:${disputeId}`, orderId: order.id, memo: { orderNumber: order.number }, createdById, lines });
}

/**
 * A moderator decides a dispute: a full refund (the order is cancelled), a partial refund, or
 * rejection. Refunds become ledger postings (the buyer's credit, which finance pays back
 * through the refund path); the order leaves DISPUTED — cancelled, completed (a delivered
 * order with a partial refund) or back where it was. Both parties and finance are told.
 */
export async function decideDispute(client: Db, actor: Actor, disputeId: string, rawInput: unknown, context: { ip?: string } = {}): Promise<{ id: string; orderStatus: OrderStatus }> {
  authorize(actor, "disputes:decide");
  const input = parseInput(decideDisputeInputSchema, rawInput);
  if (!isUuid(disputeId)) throw new AppError("NOT_FOUND", "Dispute not found");
  return client.$transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ orderId: string }[]>`SELECT "orderId" FROM "Dispute" WHERE id = ${disputeId}::uuid FOR UPDATE`;
    if (!locked[0]) throw new AppError("NOT_FOUND", "Dispute not found");
    await tx.$queryRaw`SELECT id FROM "Order" WHERE id = ${locked[0].orderId}::uuid FOR UPDATE`;
    const dispute = await tx.dispute.findUniqueOrThrow({ where: { id: disputeId }, include: { order: { select: { id: true, number: true, buyerId: true, supplierId: true, currency: true, totalMinor: true, payout: { select: { id: true } } } } } });
    if (dispute.status === "DECIDED") throw new AppError("CONFLICT", "Already decided", { messageKey: "disputes:errors.already_decided" });
    const { order } = dispute;
    let refundMinor = 0n;
    if (input.decision === "FULL_REFUND") refundMinor = order.totalMinor;
    if (input.decision === "PARTIAL_REFUND") {
      if (input.refund!.currency !== order.currency) throw new AppError("VALIDATION_FAILED", "Refund currency", { fields: { "refund.currency": "disputes:errors.refund_currency" } });
      if (input.refund!.minor >= order.totalMinor) throw new AppError("VALIDATION_FAILED", "Refund too large", { fields: { "refund.amount": "disputes:errors.partial_refund_too_large" } });
      refundMinor = input.refund!.minor;
    }
    if (refundMinor > 0n) await postDisputeRefund(tx, dispute.id, order, refundMinor, actor.userId);

    const before = dispute.orderStatusBefore;
    const orderStatus: OrderStatus = input.decision === "FULL_REFUND" ? "CANCELLED" : input.decision === "PARTIAL_REFUND" && before === "DELIVERED" ? "COMPLETED" : before;
    await tx.dispute.update({ where: { id: dispute.id }, data: { status: "DECIDED", decision: input.decision, refundMinor: refundMinor || null, decisionNote: input.note, decidedById: actor.userId, decidedAt: new Date() }, select: { id: true } });
    await transitionOrderBySystemInTx(tx, order.id, orderStatus, { party: "disputes", userId: actor.userId, organizationId: actor.organization.id, reason: `dispute decided: ${input.decision}` });
    await recordAudit(tx, {
      actor: auditActorOf(actor),
      action: "dispute.decided",
      targetType: "Dispute",
      targetId: dispute.id,
      organizationId: order.buyerId,
      data: { orderNumber: order.number, decision: input.decision, refund: refundMinor.toString(), currency: order.currency, orderStatus },
      ip: context.ip,
    });
    for (const organizationId of [order.buyerId, order.supplierId]) {
      await notify(tx, { type: "dispute.decided", data: { orderNumber: order.number, decision: input.decision }, link: `/orders/${order.id}`, to: { organizationId } });
    }
    if (refundMinor > 0n) await notifyHubStaff(tx, ["finance"], { type: "dispute.decided", data: { orderNumber: order.number, decision: input.decision }, link: `/orders/${order.id}/settlement` });
    return { id: dispute.id, orderStatus };
  });
}
