import type { OrderSettlement } from "@/lib/settlement/get-order-settlement";
import type { RecordedTransfer } from "@/lib/settlement/record-bank-transfer";
import { moneyJson } from "./search-response";

const day = (date: Date) => date.toISOString().slice(0, 10);

/** The documented JSON of GET /api/v1/orders/:id/settlement: money as { amount, currency }, every figure with its ledger entries. */
export function settlementJson(settlement: OrderSettlement) {
  const { order, currency } = settlement;
  return {
    orderId: order.id,
    orderNumber: order.number,
    orderStatus: order.status,
    currency,
    orderTotal: moneyJson(order.totalMinor, order.currency),
    total: moneyJson(settlement.totalMinor, currency),
    paid: moneyJson(settlement.paidMinor, currency),
    outstanding: moneyJson(settlement.outstandingMinor, currency),
    credit: moneyJson(settlement.creditMinor, currency),
    credited: moneyJson(settlement.creditedMinor, currency),
    invoices: settlement.invoices.map((invoice) => ({
      id: invoice.id,
      number: invoice.number,
      kind: invoice.kind,
      status: invoice.status,
      paymentReference: invoice.paymentReference,
      amount: moneyJson(invoice.amountMinor, invoice.currency),
      paid: moneyJson(invoice.paidMinor, invoice.currency),
      credited: moneyJson(invoice.creditedMinor, invoice.currency),
      covers: moneyJson(invoice.orderAmountMinor, invoice.orderCurrency),
      issuedAt: invoice.issuedAt.toISOString(),
      dueAt: invoice.dueAt ? invoice.dueAt.toISOString() : null,
      dueEvent: invoice.dueEvent,
      pdfUrl: `/api/v1/invoices/${invoice.id}/pdf`,
    })),
    payments: settlement.payments.map((payment) => ({
      id: payment.id,
      rail: payment.rail,
      invoiceId: payment.invoiceId,
      status: payment.status,
      amount: moneyJson(payment.amountMinor, payment.currency),
      refunded: moneyJson(payment.refundedMinor, payment.currency),
      valueDate: day(payment.valueDate),
      refunds: payment.refunds.map((refund) => ({ id: refund.id, amount: moneyJson(refund.amountMinor, refund.currency), status: refund.status, createdAt: refund.createdAt.toISOString() })),
    })),
    payout: settlement.payout
      ? {
          id: settlement.payout.id,
          gross: moneyJson(settlement.payout.grossMinor, settlement.payout.orderCurrency),
          commissionBasisPoints: settlement.payout.commissionBps,
          commission: moneyJson(settlement.payout.commissionMinor, settlement.payout.orderCurrency),
          amount: moneyJson(settlement.payout.amountMinor, settlement.payout.currency),
          releasedAt: settlement.payout.createdAt.toISOString(),
        }
      : null,
    fxSnapshots: settlement.fxSnapshots.map((entry) => ({ usedFor: entry.usedFor, reference: entry.reference, snapshot: entry.snapshot })),
    entries: settlement.transactions.flatMap((transaction) =>
      transaction.entries.map((entry) => ({
        transactionId: transaction.id,
        sequence: Number(transaction.sequence),
        kind: transaction.kind,
        account: entry.accountKind,
        amount: moneyJson(entry.amountMinor, entry.currency),
        effectiveAt: transaction.effectiveAt.toISOString(),
      })),
    ),
  };
}

export function recordedTransferJson(recorded: RecordedTransfer) {
  return { id: recorded.id, status: recorded.status, invoiceId: recorded.invoiceId, invoiceNumber: recorded.invoiceNumber, orderId: recorded.orderId, unmatchedReason: recorded.unmatchedReason };
}
