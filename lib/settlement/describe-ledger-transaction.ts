import type { TFunction } from "i18next";
import type { LedgerTransactionKind } from "@/lib/db/generated/enums.ts";

/**
 * A ledger transaction in the reader's language, from its kind and stored memo, e.g.
 * "Invoice INV-2026-000003 issued" or "Reversal: Invoice INV-2026-000003 issued". `t` is
 * the settlement namespace's.
 */
export function describeLedgerTransaction(t: TFunction, transaction: { kind: LedgerTransactionKind; memo: Record<string, unknown> }): string {
  const memo = Object.fromEntries(Object.entries(transaction.memo).map(([key, value]) => [key, value === null || value === undefined ? "" : String(value)]));
  const reverses = typeof transaction.memo.reverses === "string" ? t(`transaction_kind.${transaction.memo.reverses}`, memo) : "";
  return t(`transaction_kind.${transaction.kind}`, { ...memo, reverses });
}
