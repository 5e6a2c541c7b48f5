import type { Tx } from "@/lib/db/create-client";
import { reverseLedgerTransaction } from "@/lib/ledger/reverse-ledger-transaction";

/**
 * A cancelled order's open invoices are voided: each invoice's posting is reversed (the buyer
 * no longer owes it, escrow gives it back). What the buyer already paid stays as their credit
 * on the receivable account until finance refunds it — money is never written off silently.
 */
export async function voidOrderInvoicesInTx(tx: Tx, orderId: string, context: { userId: string | null }): Promise<number> {
  const invoices = await tx.invoice.findMany({ where: { orderId, status: { not: "VOID" } }, select: { id: true, number: true } });
  for (const invoice of invoices) {
    const posting = await tx.ledgerTransaction.findUniqueOrThrow({ where: { idempotencyKey: `invoice:${invoice.id}` }, select: { id: true } });
    await reverseLedgerTransaction(tx, posting.id, { createdById: context.userId, memo: { invoiceNumber: invoice.number } });
    await tx.invoice.update({ where: { id: invoice.id }, data: { status: "VOID", voidedAt: new Date() }, select: { id: true } });
  }
  return invoices.length;
}
