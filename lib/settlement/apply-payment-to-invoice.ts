import type { Tx } from "@/lib/db/create-client";
import { postLedgerTransaction } from "@/lib/ledger/post-ledger-transaction";
import { toCurrencyCode } from "@/lib/money/currencies";
import { notify } from "@/lib/notify/notify";
import { transitionOrderBySystemInTx } from "@/lib/orders/transition-order-by-system";
import { invoiceStatusFor } from "./invoice-status";
import { paymentReceivedLines, receiptMatchedLines } from "./settlement-postings";

type PaymentToApply = { id: string; amountMinor: bigint; currency: string; valueDate: Date };

/**
 * Places a payment on an invoice, in the caller's transaction: the ledger posting (a fresh
 * receipt, or one moved out of unmatched receipts), the invoice's paid amount and status, and
 * — when this completes the order's first invoice — the order's move to PAID. Over-payment is
 * kept as the buyer's credit (their receivable goes below zero) and shown, never dropped.
 * The payment's posting key makes a second application of the same payment fail.
 */
export async function applyPaymentToInvoiceInTx(
  tx: Tx,
  payment: PaymentToApply,
  invoiceId: string,
  context: { userId: string | null; organizationId: string | null; fromUnmatched: boolean },
): Promise<{ invoiceStatus: string; orderPaid: boolean }> {
  await tx.$queryRaw`SELECT id FROM "Invoice" WHERE id = ${invoiceId}::uuid FOR UPDATE`;
  const invoice = await tx.invoice.findUniqueOrThrow({ where: { id: invoiceId }, include: { order: { select: { id: true, number: true, buyerId: true, supplierId: true } } } });
  const amount = { minor: payment.amountMinor, currency: toCurrencyCode(payment.currency) };

  await postLedgerTransaction(tx, {
    kind: context.fromUnmatched ? "PAYMENT_MATCHED" : "PAYMENT_RECEIVED",
    idempotencyKey: `${context.fromUnmatched ? "payment-match" : "payment"}:${payment.id}`,
    orderId: invoice.order.id,
    invoiceId: invoice.id,
    paymentId: payment.id,
    memo: { invoiceNumber: invoice.number, orderNumber: invoice.order.number },
    effectiveAt: context.fromUnmatched ? new Date() : payment.valueDate,
    createdById: context.userId,
    lines: context.fromUnmatched ? receiptMatchedLines(invoice.order.buyerId, amount) : paymentReceivedLines(invoice.order.buyerId, amount),
  });
  const paidMinor = invoice.paidMinor + payment.amountMinor;
  const status = invoiceStatusFor(invoice.amountMinor - invoice.creditedMinor, paidMinor);
  await tx.invoice.update({ where: { id: invoice.id }, data: { paidMinor, status }, select: { id: true } });

  let orderPaid = false;
  if (status === "PAID" && invoice.kind !== "BALANCE") {
    await tx.$queryRaw`SELECT id FROM "Order" WHERE id = ${invoice.order.id}::uuid FOR UPDATE`;
    orderPaid = await transitionOrderBySystemInTx(tx, invoice.order.id, "PAID", { party: "settlement", userId: context.userId, organizationId: context.organizationId, reason: `invoice ${invoice.number} paid` });
  }
  for (const organizationId of [invoice.order.buyerId, invoice.order.supplierId]) {
    await notify(tx, {
      type: "settlement.payment_received",
      data: { orderNumber: invoice.order.number, invoiceNumber: invoice.number, amountMinor: payment.amountMinor.toString(), currency: amount.currency },
      link: `/orders/${invoice.order.id}/settlement`,
      to: { organizationId },
    });
  }
  return { invoiceStatus: status, orderPaid };
}
