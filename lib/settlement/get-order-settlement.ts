import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/create-client";
import type { LedgerTransactionKind } from "@/lib/db/generated/enums.ts";
import { AppError } from "@/lib/errors/app-error";
import { isUuid } from "@/lib/ids/is-uuid";
import { toCurrencyCode } from "@/lib/money/currencies";
import { rateSnapshotSchema, type RateSnapshot } from "@/lib/money/fx/rate-snapshot";
import { canSeeOrder } from "@/lib/orders/order-parties";

/** What the supplier and the platform agree between them; the buyer's view leaves them out. */
const supplierSideKinds: ReadonlySet<LedgerTransactionKind> = new Set(["COMMISSION", "PAYOUT"]);

function asSnapshot(value: unknown): RateSnapshot | null {
  const parsed = rateSnapshotSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/**
 * An order's settlement record as one party sees it: invoices with their payment references,
 * payments, refunds, the payout, every FX snapshot used, and the ledger entries behind every
 * figure. The buyer, the supplier and hub staff may read it; anyone else gets NOT_FOUND. The
 * buyer does not see the commission or the payout (the supplier's business with the hub).
 */
export async function getOrderSettlement(client: Db, actor: Actor, orderId: string) {
  if (!isUuid(orderId)) throw new AppError("NOT_FOUND", "Order not found");
  const order = await client.order.findUnique({
    where: { id: orderId },
    select: {
      id: true, number: true, status: true, heldAt: true, currency: true, totalMinor: true, fxSnapshot: true, buyerCurrency: true, buyerTotalMinor: true, createdAt: true,
      buyerId: true, supplierId: true, buyer: { select: { name: true, country: true } }, supplier: { select: { name: true, country: true } },
      invoices: { orderBy: { number: "asc" }, include: { payments: { orderBy: { createdAt: "asc" }, include: { refunds: { orderBy: { createdAt: "asc" } } } } } },
      payout: true,
      ledgerTransactions: { orderBy: { sequence: "asc" }, include: { entries: { orderBy: { id: "asc" }, include: { account: { select: { kind: true, currency: true, organizationId: true } } } } } },
    },
  });
  if (!order || !canSeeOrder(actor, order)) throw new AppError("NOT_FOUND", "Order not found");
  const isBuyerView = actor.organization.id === order.buyerId;

  const openInvoices = order.invoices.filter((invoice) => invoice.status !== "VOID");
  const currency = toCurrencyCode(openInvoices[0]?.currency ?? order.invoices[0]?.currency ?? order.currency);
  const totalMinor = openInvoices.reduce((sum, invoice) => sum + invoice.amountMinor, 0n);
  const creditedMinor = openInvoices.reduce((sum, invoice) => sum + invoice.creditedMinor, 0n);
  const paidMinor = openInvoices.reduce((sum, invoice) => sum + invoice.paidMinor, 0n);
  const dueMinor = totalMinor - creditedMinor;
  const payments = order.invoices.flatMap((invoice) => invoice.payments.map((payment) => ({ ...payment, invoiceNumber: invoice.number })));
  const transactions = order.ledgerTransactions.filter((transaction) => !(isBuyerView && supplierSideKinds.has(transaction.kind)));

  const fxSnapshots = [
    ...(order.fxSnapshot ? [{ usedFor: "order" as const, reference: order.number, snapshot: asSnapshot(order.fxSnapshot) }] : []),
    ...order.invoices.filter((invoice) => invoice.fxSnapshot).map((invoice) => ({ usedFor: "invoice" as const, reference: invoice.number, snapshot: asSnapshot(invoice.fxSnapshot) })),
    ...(!isBuyerView && order.payout?.fxSnapshot ? [{ usedFor: "payout" as const, reference: order.number, snapshot: asSnapshot(order.payout.fxSnapshot) }] : []),
  ].filter((entry): entry is { usedFor: "order" | "invoice" | "payout"; reference: string; snapshot: RateSnapshot } => entry.snapshot !== null);

  return {
    order: { id: order.id, number: order.number, status: order.status, heldAt: order.heldAt, currency: toCurrencyCode(order.currency), totalMinor: order.totalMinor, buyerId: order.buyerId, supplierId: order.supplierId, buyerName: order.buyer.name, supplierName: order.supplier.name },
    currency,
    totalMinor,
    paidMinor,
    /** Credited back by a dispute decision. */
    creditedMinor,
    outstandingMinor: dueMinor > paidMinor ? dueMinor - paidMinor : 0n,
    creditMinor: paidMinor > dueMinor ? paidMinor - dueMinor : 0n,
    invoices: order.invoices.map((invoice) => ({
      id: invoice.id, number: invoice.number, kind: invoice.kind, status: invoice.status, paymentReference: invoice.paymentReference,
      currency: toCurrencyCode(invoice.currency), amountMinor: invoice.amountMinor, paidMinor: invoice.paidMinor, creditedMinor: invoice.creditedMinor,
      orderCurrency: toCurrencyCode(invoice.orderCurrency), orderAmountMinor: invoice.orderAmountMinor, issuedAt: invoice.issuedAt, dueAt: invoice.dueAt, dueEvent: invoice.dueEvent,
    })),
    payments: payments.map((payment) => ({
      id: payment.id, rail: payment.rail, invoiceId: payment.invoiceId, invoiceNumber: payment.invoiceNumber, currency: toCurrencyCode(payment.currency), amountMinor: payment.amountMinor,
      refundedMinor: payment.refundedMinor, valueDate: payment.valueDate, status: payment.status, createdAt: payment.createdAt,
      refunds: payment.refunds.map((refund) => ({ id: refund.id, amountMinor: refund.amountMinor, currency: toCurrencyCode(refund.currency), status: refund.status, reason: refund.reason, createdAt: refund.createdAt })),
    })),
    payout: isBuyerView || !order.payout ? null : { ...order.payout, currency: toCurrencyCode(order.payout.currency), orderCurrency: toCurrencyCode(order.payout.orderCurrency) },
    fxSnapshots,
    transactions: transactions.map((transaction) => ({
      id: transaction.id, sequence: transaction.sequence, kind: transaction.kind, reversesId: transaction.reversesId, effectiveAt: transaction.effectiveAt, createdAt: transaction.createdAt,
      memo: (transaction.memo ?? {}) as Record<string, unknown>,
      entries: transaction.entries.map((entry) => ({ id: entry.id, accountKind: entry.account.kind, currency: toCurrencyCode(entry.currency), amountMinor: entry.amountMinor, organizationId: entry.account.organizationId })),
    })),
    permissions: { manage: can(actor, "settlement:manage"), isBuyer: isBuyerView, isSupplier: actor.organization.id === order.supplierId },
  };
}

export type OrderSettlement = Awaited<ReturnType<typeof getOrderSettlement>>;
