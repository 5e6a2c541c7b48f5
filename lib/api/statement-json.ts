import type { Statement } from "@/lib/settlement/get-statement";
import { moneyJson } from "./search-response";

/** The documented JSON of GET /api/v1/statements. */
export function statementJson(statement: Statement) {
  const money = (minor: bigint) => moneyJson(minor, statement.currency);
  return {
    organization: { id: statement.organization.id, name: statement.organization.name },
    perspective: statement.perspective,
    currency: statement.currency,
    from: statement.from,
    to: statement.to,
    openingBalance: money(statement.openingBalanceMinor),
    closingBalance: money(statement.closingBalanceMinor),
    totalDebits: money(statement.totalDebitMinor),
    totalCredits: money(statement.totalCreditMinor),
    ledgerBalance: money(statement.ledgerBalanceMinor),
    lines: statement.lines.map((line, index) => ({
      date: line.date.toISOString(),
      transactionId: line.transactionId,
      kind: line.kind,
      reference: line.reference,
      debit: money(line.debitMinor),
      credit: money(line.creditMinor),
      balance: money(statement.rows[index]!.balanceMinor),
    })),
  };
}
