import type { Prisma } from "@/lib/db/generated/client.ts";
import type { Tx } from "@/lib/db/create-client";
import type { LedgerTransactionKind } from "@/lib/db/generated/enums.ts";
import { AppError } from "@/lib/errors/app-error";
import type { RateSnapshot } from "@/lib/money/fx/rate-snapshot";
import { ledgerAccountId, type AccountRef } from "./ledger-account";

export type LedgerLine = { account: AccountRef; amountMinor: bigint };

export type LedgerPosting = {
  kind: LedgerTransactionKind;
  /** The same business event always gets the same key; posting it again is refused. */
  idempotencyKey: string;
  orderId?: string | null;
  invoiceId?: string | null;
  paymentId?: string | null;
  payoutId?: string | null;
  refundId?: string | null;
  reversesId?: string | null;
  fxSnapshot?: RateSnapshot | null;
  memo?: Record<string, string | number | boolean | null>;
  effectiveAt?: Date;
  createdById?: string | null;
  /** Debits positive, credits negative; they must sum to zero per currency. */
  lines: readonly LedgerLine[];
};

/** Throws unless the lines sum to zero in every currency (the database checks it again at commit). */
export function assertBalanced(lines: readonly LedgerLine[]): void {
  if (lines.length < 2) throw new RangeError("A ledger transaction needs at least two entries");
  const sums = new Map<string, bigint>();
  for (const line of lines) sums.set(line.account.currency, (sums.get(line.account.currency) ?? 0n) + line.amountMinor);
  for (const [currency, sum] of sums) if (sum !== 0n) throw new RangeError(`Ledger transaction does not balance in ${currency}: ${sum}`);
}

/**
 * Posts one balanced transaction inside the caller's database transaction: the transaction
 * row, its entries, and the accounts' cached balances. Balances are updated in account-id
 * order so concurrent postings touching the same accounts cannot deadlock. A second posting
 * with the same idempotency key fails with CONFLICT and changes nothing.
 */
export async function postLedgerTransaction(tx: Tx, posting: LedgerPosting): Promise<{ id: string }> {
  assertBalanced(posting.lines);
  const existing = await tx.ledgerTransaction.findUnique({ where: { idempotencyKey: posting.idempotencyKey }, select: { id: true } });
  if (existing) throw new AppError("CONFLICT", `Already posted: ${posting.idempotencyKey}`, { messageKey: "settlement:errors.already_posted" });

  const accountIds = await Promise.all(posting.lines.map((line) => ledgerAccountId(tx, line.account)));
  const created = await tx.ledgerTransaction.create({
    data: {
      kind: posting.kind,
      idempotencyKey: posting.idempotencyKey,
      orderId: posting.orderId ?? null,
      invoiceId: posting.invoiceId ?? null,
      paymentId: posting.paymentId ?? null,
      payoutId: posting.payoutId ?? null,
      refundId: posting.refundId ?? null,
      reversesId: posting.reversesId ?? null,
      fxSnapshot: (posting.fxSnapshot ?? undefined) as Prisma.InputJsonValue | undefined,
      memo: posting.memo as Prisma.InputJsonValue | undefined,
      effectiveAt: posting.effectiveAt ?? new Date(),
      createdById: posting.createdById ?? null,
    },
    select: { id: true },
  });
  await tx.ledgerEntry.createMany({
    data: posting.lines.map((line, index) => ({ transactionId: created.id, accountId: accountIds[index]!, currency: line.account.currency, amountMinor: line.amountMinor })),
  });

  const deltas = new Map<string, bigint>();
  posting.lines.forEach((line, index) => deltas.set(accountIds[index]!, (deltas.get(accountIds[index]!) ?? 0n) + line.amountMinor));
  for (const accountId of [...deltas.keys()].sort()) {
    await tx.$executeRaw`UPDATE "LedgerAccount" SET "balanceMinor" = "balanceMinor" + ${deltas.get(accountId)!} WHERE id = ${accountId}::uuid`;
  }
  return created;
}
