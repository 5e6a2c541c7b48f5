import { stringify } from "csv-stringify/sync";
import type { TFunction } from "i18next";
import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import { minorToDecimal } from "@/lib/money/decimal";
import { describeLedgerTransaction } from "./describe-ledger-transaction";
import type { Statement } from "./get-statement";
import { renderStatementPdf, type StatementLabels } from "./pdf/render-statement-pdf";

const labelKeys = ["title", "currency", "period", "generatedAt", "openingBalance", "closingBalance", "totalDebits", "totalCredits", "date", "description", "reference", "debit", "credit", "balance", "page"] as const;

/** Labels for the perspective: a buyer is invoiced and pays, a supplier earns and is paid out. */
function statementLabels(t: TFunction, perspective: Statement["perspective"]): StatementLabels {
  const labels = Object.fromEntries(labelKeys.map((key) => [key, t(`statement.${key}`)])) as StatementLabels;
  return { ...labels, debit: t(`statement.${perspective}.debit`), credit: t(`statement.${perspective}.credit`), balance: t(`statement.${perspective}.balance`), totalDebits: t(`statement.${perspective}.totalDebits`), totalCredits: t(`statement.${perspective}.totalCredits`) };
}

/**
 * The statement as CSV: one row per ledger entry with its transaction id, amounts as plain
 * decimal strings (dot, no grouping — for spreadsheets and accounting software in any
 * locale), the running balance, and opening/closing rows. Headers and descriptions are in
 * the reader's language.
 */
export function statementCsv(statement: Statement, locale: Locale): string {
  const t = getT(locale, "settlement");
  const labels = statementLabels(t, statement.perspective);
  const money = (minor: bigint) => minorToDecimal(minor, statement.currency);
  const rows: string[][] = [
    [labels.date, t("statement.transaction"), labels.description, labels.reference, labels.debit, labels.credit, labels.balance, labels.currency],
    [statement.from, "", labels.openingBalance, "", "", "", money(statement.openingBalanceMinor), statement.currency],
    ...statement.lines.map((line, index) => [
      line.date.toISOString().slice(0, 10),
      line.transactionId,
      describeLedgerTransaction(t, line),
      line.reference,
      line.debitMinor ? money(line.debitMinor) : "",
      line.creditMinor ? money(line.creditMinor) : "",
      money(statement.rows[index]!.balanceMinor),
      statement.currency,
    ]),
    [statement.to, "", labels.closingBalance, "", money(statement.totalDebitMinor), money(statement.totalCreditMinor), money(statement.closingBalanceMinor), statement.currency],
  ];
  // A byte-order mark so Excel opens Cyrillic and Chinese text as UTF-8.
  return `\uFEFF${stringify(rows)}`;
}

export async function statementPdf(statement: Statement, locale: Locale, generatedAt = new Date()): Promise<Buffer> {
  const t = getT(locale, "settlement");
  return renderStatementPdf({
    labels: statementLabels(t, statement.perspective),
    locale,
    organization: { name: statement.organization.name },
    currency: statement.currency,
    periodFrom: new Date(`${statement.from}T00:00:00Z`),
    periodTo: new Date(`${statement.to}T00:00:00Z`),
    generatedAt,
    openingBalanceMinor: statement.openingBalanceMinor,
    entries: statement.lines.map((line) => ({ date: line.date, description: describeLedgerTransaction(t, line), reference: line.reference, debitMinor: line.debitMinor, creditMinor: line.creditMinor })),
  });
}

export function statementFileName(statement: Statement, extension: "csv" | "pdf"): string {
  const name = statement.organization.name.replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-|-$/g, "").slice(0, 40) || "statement";
  return `${name}-${statement.currency}-${statement.from}-${statement.to}.${extension}`;
}
