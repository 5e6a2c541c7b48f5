import type { Actor } from "@/lib/auth/actor";
import { authorize, can } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/create-client";
import type { LedgerAccountKind, LedgerTransactionKind } from "@/lib/db/generated/enums.ts";
import { AppError } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/errors/validation";
import type { CurrencyCode } from "@/lib/money/currencies";
import { statementRows, type StatementSummary } from "./pdf/render-statement-pdf";
import { statementQuerySchema, type StatementQuery } from "./statement-input";

export type StatementLine = {
  date: Date;
  transactionId: string;
  sequence: bigint;
  kind: LedgerTransactionKind;
  memo: Record<string, unknown>;
  reference: string;
  /** Raises the balance shown: invoiced (buyer) or earned (supplier). */
  debitMinor: bigint;
  /** Lowers it: paid (buyer) or paid out (supplier). */
  creditMinor: bigint;
  /** The ledger entry as posted (debit positive), for tracing. */
  entryAmountMinor: bigint;
};

export type Statement = StatementSummary & {
  organization: { id: string; name: string; type: string };
  perspective: "buyer" | "supplier";
  accountKind: LedgerAccountKind;
  currency: CurrencyCode;
  from: string;
  to: string;
  openingBalanceMinor: bigint;
  lines: StatementLine[];
  /** The account's balance in the ledger now, shown the same way as the statement's balance. */
  ledgerBalanceMinor: bigint;
};

/**
 * An organization's statement for one currency and period, read straight from its ledger
 * account: the buyer's receivable (invoiced vs paid; balance = what it owes, negative = its
 * credit) or the supplier's payable (earned vs paid out; balance = what the hub owes it). A
 * company reads its own; hub staff read anyone's. The closing balance of a period ending
 * today equals the account's balance in the ledger.
 */
export async function getStatement(client: Db, actor: Actor, rawQuery: unknown): Promise<Statement> {
  const query: StatementQuery = parseInput(statementQuerySchema, rawQuery);
  const organizationId = query.organizationId ?? actor.organization.id;
  if (organizationId !== actor.organization.id) authorize(actor, "settlement:read_all");
  else if (!can(actor, "settlement:read_all")) authorize(actor, "statements:read", { organizationId });
  const organization = await client.organization.findUnique({ where: { id: organizationId }, select: { id: true, name: true, type: true } });
  if (!organization || organization.type === "HUB") throw new AppError("NOT_FOUND", "Organization not found");

  const perspective = organization.type === "SUPPLIER" ? "supplier" : "buyer";
  const accountKind: LedgerAccountKind = perspective === "supplier" ? "SUPPLIER_PAYABLE" : "BUYER_RECEIVABLE";
  const sign = perspective === "supplier" ? -1n : 1n;
  const from = new Date(`${query.from}T00:00:00Z`);
  const until = new Date(new Date(`${query.to}T00:00:00Z`).getTime() + 86_400_000);
  const account = await client.ledgerAccount.findUnique({ where: { key: `${accountKind}:${organizationId}:${query.currency}` } });

  const opening = account
    ? await client.ledgerEntry.aggregate({ where: { accountId: account.id, transaction: { effectiveAt: { lt: from } } }, _sum: { amountMinor: true } })
    : null;
  const entries = account
    ? await client.ledgerEntry.findMany({
        where: { accountId: account.id, transaction: { effectiveAt: { gte: from, lt: until } } },
        include: { transaction: { select: { id: true, sequence: true, kind: true, effectiveAt: true, memo: true } } },
        orderBy: { transaction: { sequence: "asc" } },
      })
    : [];
  const openingBalanceMinor = sign * (opening?._sum.amountMinor ?? 0n);
  // By value day, then in posting order: a transfer valued today (midnight) still comes after
  // the invoice issued earlier today that it pays.
  const day = (date: Date) => date.toISOString().slice(0, 10);
  entries.sort((a, b) => day(a.transaction.effectiveAt).localeCompare(day(b.transaction.effectiveAt)) || (a.transaction.sequence < b.transaction.sequence ? -1 : a.transaction.sequence > b.transaction.sequence ? 1 : 0));
  const lines: StatementLine[] = entries.map((entry) => {
    const shown = sign * entry.amountMinor;
    const memo = (entry.transaction.memo ?? {}) as Record<string, unknown>;
    const reference = [memo.invoiceNumber, memo.orderNumber].filter((part): part is string => typeof part === "string").join(" · ");
    return {
      date: entry.transaction.effectiveAt,
      transactionId: entry.transaction.id,
      sequence: entry.transaction.sequence,
      kind: entry.transaction.kind,
      memo,
      reference,
      debitMinor: shown > 0n ? shown : 0n,
      creditMinor: shown < 0n ? -shown : 0n,
      entryAmountMinor: entry.amountMinor,
    };
  });
  const summary = statementRows(openingBalanceMinor, lines.map((line) => ({ date: line.date, description: line.kind, reference: line.reference, debitMinor: line.debitMinor, creditMinor: line.creditMinor })));
  return {
    ...summary,
    organization,
    perspective,
    accountKind,
    currency: query.currency,
    from: query.from,
    to: query.to,
    openingBalanceMinor,
    lines,
    ledgerBalanceMinor: sign * (account?.balanceMinor ?? 0n),
  };
}
