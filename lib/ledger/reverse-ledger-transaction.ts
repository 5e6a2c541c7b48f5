import type { Tx } from "@/lib/db/create-client";
import { AppError } from "@/lib/errors/app-error";
import { isCurrencyCode } from "@/lib/money/currencies";
import { postLedgerTransaction } from "./post-ledger-transaction";

/**
 * Reverses a posted transaction with a new one whose entries are the negation of the
 * original's (same accounts, same references). The ledger is never edited; a transaction can
 * be reversed once (the database's unique `reversesId`).
 */
export async function reverseLedgerTransaction(tx: Tx, transactionId: string, context: { createdById?: string | null; memo?: Record<string, string> } = {}): Promise<{ id: string }> {
  const original = await tx.ledgerTransaction.findUnique({
    where: { id: transactionId },
    include: { entries: { include: { account: true } }, reversal: { select: { id: true } } },
  });
  if (!original) throw new AppError("NOT_FOUND", "Ledger transaction not found");
  if (original.reversal) throw new AppError("CONFLICT", "Already reversed", { messageKey: "settlement:errors.already_posted" });
  return postLedgerTransaction(tx, {
    kind: "REVERSAL",
    idempotencyKey: `reversal:${original.id}`,
    orderId: original.orderId,
    invoiceId: original.invoiceId,
    paymentId: original.paymentId,
    payoutId: original.payoutId,
    refundId: original.refundId,
    reversesId: original.id,
    memo: { reverses: original.kind, ...context.memo },
    createdById: context.createdById ?? null,
    lines: original.entries.map((entry) => {
      const currency = entry.account.currency;
      if (!isCurrencyCode(currency)) throw new RangeError(`Unknown currency ${currency}`);
      return { account: { kind: entry.account.kind, organizationId: entry.account.organizationId, currency }, amountMinor: -entry.amountMinor };
    }),
  });
}
