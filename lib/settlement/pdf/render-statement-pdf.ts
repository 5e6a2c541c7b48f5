import type { Locale } from "@/lib/i18n/config";
import { intlLocale } from "@/lib/i18n/config";
import { formatDate, formatDateTime, formatNumber } from "@/lib/i18n/format";
import { currencyExponent, type CurrencyCode } from "@/lib/money/currencies";
import { writeText } from "./mixed-script-text";
import { contentWidth, createPdfDocument, drawFields, drawTable, finishPdf, pageLabel, stampFooters, type PdfRenderOptions } from "./pdf-layout";

/** Captions in the reader's language; the caller translates, this file only lays out. */
export type StatementLabels = {
  /** "Account statement" */
  title: string;
  currency: string;
  period: string;
  generatedAt: string;
  openingBalance: string;
  closingBalance: string;
  totalDebits: string;
  totalCredits: string;
  date: string;
  description: string;
  /** Column of order / invoice numbers. */
  reference: string;
  debit: string;
  credit: string;
  balance: string;
  /** Footer template with "{page}" and "{pages}", e.g. "Page {page} of {pages}". */
  page: string;
};

/** One movement on the account; a debit raises the balance, a credit lowers it. */
export type StatementEntry = {
  date: Date;
  description: string;
  /** Order or invoice number. */
  reference?: string;
  debitMinor: bigint;
  creditMinor: bigint;
};

export type StatementPdfData = {
  labels: StatementLabels;
  locale: Locale;
  organization: { name: string };
  currency: CurrencyCode;
  periodFrom: Date;
  periodTo: Date;
  generatedAt: Date;
  openingBalanceMinor: bigint;
  /** In the order they are to be listed (by date). */
  entries: StatementEntry[];
};

export type StatementRow = StatementEntry & { balanceMinor: bigint };

export type StatementSummary = {
  rows: StatementRow[];
  totalDebitMinor: bigint;
  totalCreditMinor: bigint;
  closingBalanceMinor: bigint;
};

/** Running balance after each entry, the totals, and the closing balance (opening + debits − credits). */
export function statementRows(openingBalanceMinor: bigint, entries: readonly StatementEntry[]): StatementSummary {
  let balance = openingBalanceMinor;
  let totalDebitMinor = 0n;
  let totalCreditMinor = 0n;
  const rows = entries.map((entry) => {
    balance += entry.debitMinor - entry.creditMinor;
    totalDebitMinor += entry.debitMinor;
    totalCreditMinor += entry.creditMinor;
    return { ...entry, balanceMinor: balance };
  });
  return { rows, totalDebitMinor, totalCreditMinor, closingBalanceMinor: balance };
}

/**
 * Minor units as a plain decimal in the locale, without the currency: the statement has one
 * currency, named in its header, and symbols would crowd the narrow amount columns.
 */
function formatAmount(locale: Locale, minor: bigint, currency: CurrencyCode): string {
  const exponent: number = currencyExponent[currency];
  const negative = minor < 0n;
  const digits = (negative ? -minor : minor).toString().padStart(exponent + 1, "0");
  const major = exponent === 0 ? digits : `${digits.slice(0, -exponent)}.${digits.slice(-exponent)}`;
  // Intl takes decimal strings exactly, so large amounts never pass through a float.
  const decimal = `${negative ? "-" : ""}${major}` as unknown as number;
  return formatNumber(locale, decimal, { minimumFractionDigits: exponent, maximumFractionDigits: exponent });
}

/** The account statement of one organization in one currency over one period, as PDF bytes. */
export async function renderStatementPdf(data: StatementPdfData, options: PdfRenderOptions = {}): Promise<Buffer> {
  const { labels, locale, currency } = data;
  const amount = (minor: bigint): string => formatAmount(locale, minor, currency);
  const period = `${formatDate(locale, data.periodFrom)} – ${formatDate(locale, data.periodTo)}`;
  const summary = statementRows(data.openingBalanceMinor, data.entries);
  const doc = createPdfDocument(
    { title: `${labels.title} · ${data.organization.name} · ${currency} · ${period}`, createdAt: data.generatedAt, lang: intlLocale[locale] },
    options,
  );
  const left = doc.page.margins.left;
  const width = contentWidth(doc);

  writeText(doc, labels.title, { size: 18, bold: true, width });
  writeText(doc, data.organization.name, { size: 12, bold: true, width });
  doc.y += 6;
  drawFields(
    doc,
    [
      [labels.currency, currency],
      [labels.period, period],
      [labels.generatedAt, formatDateTime(locale, data.generatedAt)],
      [labels.openingBalance, amount(data.openingBalanceMinor)],
      [labels.totalDebits, amount(summary.totalDebitMinor)],
      [labels.totalCredits, amount(summary.totalCreditMinor)],
      [labels.closingBalance, amount(summary.closingBalanceMinor)],
    ],
    { x: left, width, labelWidth: 150 },
  );
  doc.y += 10;

  const dateWidth = 54;
  const referenceWidth = 92;
  const amountWidth = 72;
  const balanceWidth = 78;
  const columns = [
    { width: dateWidth },
    { width: width - dateWidth - referenceWidth - 2 * amountWidth - balanceWidth },
    { width: referenceWidth },
    { width: amountWidth, align: "right" },
    { width: amountWidth, align: "right" },
    { width: balanceWidth, align: "right" },
  ] as const;
  const header = [labels.date, labels.description, labels.reference, labels.debit, labels.credit, labels.balance].map((text) => ({ text }));
  const rows = [
    ["", labels.openingBalance, "", "", "", amount(data.openingBalanceMinor)],
    ...summary.rows.map((row) => [
      formatDate(locale, row.date, { dateStyle: "short" }),
      row.description,
      row.reference ?? "",
      row.debitMinor === 0n ? "" : amount(row.debitMinor),
      row.creditMinor === 0n ? "" : amount(row.creditMinor),
      amount(row.balanceMinor),
    ]),
    ["", labels.closingBalance, "", amount(summary.totalDebitMinor), amount(summary.totalCreditMinor), amount(summary.closingBalanceMinor)],
  ];
  drawTable(doc, { columns, header, size: 8 }, rows, new Set([0, rows.length - 1]));

  stampFooters(doc, (page, pages) => ({
    left: `${data.organization.name} · ${currency} · ${period}`,
    right: pageLabel(labels.page, page, pages),
  }));
  return finishPdf(doc);
}
