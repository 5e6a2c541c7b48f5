import type { Locale } from "@/lib/i18n/config";
import { intlLocale } from "@/lib/i18n/config";
import { formatDate, formatMoney, formatNumber } from "@/lib/i18n/format";
import type { CurrencyCode } from "@/lib/money/currencies";
import { lineHeight, measureText, writeText } from "./mixed-script-text";
import { contentWidth, createPdfDocument, drawFields, drawTable, ensureSpace, finishPdf, muted, pageLabel, stampFooters, type PdfRenderOptions } from "./pdf-layout";

/** Every caption of the invoice in one language; the caller translates, this file only lays out. */
export type InvoiceLabels = {
  /** "Proforma invoice" */
  title: string;
  invoiceNumber: string;
  issueDate: string;
  dueDate: string;
  order: string;
  /** Caption of the payment stage ("Payment"); the stage itself is InvoicePdfData.kindLabel. */
  kind: string;
  /** The platform, which issues the invoice and receives the money. */
  seller: string;
  buyer: string;
  supplier: string;
  description: string;
  quantity: string;
  unitPrice: string;
  amount: string;
  /** Total of the whole order, in the order currency. */
  orderTotal: string;
  /** "Amount due" on this invoice. */
  amountDue: string;
  paymentReference: string;
  /** "Put this reference in the payment details so we can match your transfer." */
  paymentReferenceHint: string;
  bankDetails: string;
  beneficiary: string;
  bank: string;
  account: string;
  swift: string;
  bankAddress: string;
  /** The exchange-rate sentence, already formatted; omit when the invoice is in the order currency. */
  fxNote?: string;
  /** Footer template with "{page}" and "{pages}", e.g. "Page {page} of {pages}". */
  page: string;
};

export type InvoicePdfData = {
  /** primary: the buyer's language; secondary: English, or Russian when the primary is English. */
  labels: { primary: InvoiceLabels; secondary: InvoiceLabels };
  /** Numbers and dates are formatted for this locale (the primary language). */
  locale: Locale;
  number: string;
  /** The payment stage as text, e.g. "Deposit 30%". */
  kindLabel: { primary: string; secondary: string };
  issuedAt: Date;
  dueAt: Date | null;
  orderNumber: string;
  buyer: { name: string; country: string; address?: string };
  supplier: { name: string; country: string };
  platform: { name: string; bank: { beneficiary: string; bankName: string; account: string; swift: string; address?: string } };
  /** Order lines, in the order currency. */
  lines: { description: string; quantity: number; unit: string; unitPriceMinor: bigint; totalMinor: bigint; currency: CurrencyCode }[];
  orderTotal: { minor: bigint; currency: CurrencyCode };
  /** What is due on this invoice; may be in another currency than the order. */
  invoiceAmount: { minor: bigint; currency: CurrencyCode };
  paymentReference: string;
};

type Doc = PDFKit.PDFDocument;
type Key = Exclude<keyof InvoiceLabels, "fxNote">;

/** "Счёт на оплату / Proforma invoice"; a single caption when both languages say the same. */
function both(data: InvoicePdfData, key: Key): string {
  const { primary, secondary } = data.labels;
  return primary[key] === secondary[key] ? primary[key] : `${primary[key]} / ${secondary[key]}`;
}

function drawHeading(doc: Doc, data: InvoicePdfData): void {
  const { primary, secondary } = data.labels;
  const width = contentWidth(doc);
  writeText(doc, primary.title, { size: 18, bold: true, width });
  writeText(doc, secondary.title, { size: 11, color: muted, width });
  doc.y += 4;
  const kind = data.kindLabel.primary === data.kindLabel.secondary ? data.kindLabel.primary : `${data.kindLabel.primary} / ${data.kindLabel.secondary}`;
  const fields: [string, string][] = [
    [both(data, "invoiceNumber"), data.number],
    [both(data, "issueDate"), formatDate(data.locale, data.issuedAt)],
  ];
  if (data.dueAt) fields.push([both(data, "dueDate"), formatDate(data.locale, data.dueAt)]);
  fields.push([both(data, "order"), data.orderNumber], [both(data, "kind"), kind]);
  drawFields(doc, fields, { x: doc.page.margins.left, width, labelWidth: 170 });
}

function drawParties(doc: Doc, data: InvoicePdfData): void {
  const gap = 14;
  const width = (contentWidth(doc) - 2 * gap) / 3;
  const parties: [Key, string, string[]][] = [
    ["seller", data.platform.name, []],
    ["buyer", data.buyer.name, [data.buyer.country, data.buyer.address ?? ""]],
    ["supplier", data.supplier.name, [data.supplier.country]],
  ];
  const blocks = parties.map(([key, name, rest]) => ({ caption: both(data, key), name, rest: rest.filter((line) => line !== "").join("\n") }));
  const heightOf = (block: (typeof blocks)[number]): number =>
    measureText(doc, block.caption, { size: 7.5, bold: true, width }).height + measureText(doc, block.name, { size: 10, bold: true, width }).height + (block.rest ? measureText(doc, block.rest, { size: 8.5, width }).height : 0);
  const height = Math.max(...blocks.map(heightOf));
  doc.y += 10;
  ensureSpace(doc, height);
  const top = doc.y;
  blocks.forEach((block, index) => {
    const x = doc.page.margins.left + index * (width + gap);
    writeText(doc, block.caption, { x, y: top, size: 7.5, bold: true, width, color: muted });
    writeText(doc, block.name, { x, size: 10, bold: true, width });
    if (block.rest) writeText(doc, block.rest, { x, size: 8.5, width });
  });
  doc.x = doc.page.margins.left;
  doc.y = top + height + 12;
}

function drawLines(doc: Doc, data: InvoicePdfData): void {
  const { primary, secondary } = data.labels;
  const money = (minor: bigint, currency: CurrencyCode): string => formatMoney(data.locale, minor, currency);
  const fixed = [22, 78, 92, 96];
  const description = contentWidth(doc) - fixed.reduce((sum, width) => sum + width, 0);
  const header = (key: Key) => (primary[key] === secondary[key] ? { text: primary[key] } : { text: primary[key], sub: secondary[key] });
  const spec = {
    columns: [{ width: 22, align: "right" }, { width: description }, { width: 78, align: "right" }, { width: 92, align: "right" }, { width: 96, align: "right" }],
    header: [{ text: "" }, header("description"), header("quantity"), header("unitPrice"), header("amount")],
  } as const;
  const rows = data.lines.map((line, index) => [
    String(index + 1),
    line.description,
    `${formatNumber(data.locale, line.quantity)} ${line.unit}`,
    money(line.unitPriceMinor, line.currency),
    money(line.totalMinor, line.currency),
  ]);
  drawTable(doc, spec, rows);
}

function drawTotals(doc: Doc, data: InvoicePdfData): void {
  const { primary, secondary } = data.labels;
  const width = contentWidth(doc);
  const left = doc.page.margins.left;
  const orderTotal = formatMoney(data.locale, data.orderTotal.minor, data.orderTotal.currency);
  const due = formatMoney(data.locale, data.invoiceAmount.minor, data.invoiceAmount.currency);
  // Wide enough for the amount on one line (UZS totals with "soʻm" run long).
  const amountWidth = Math.max(150, Math.ceil(measureText(doc, due, { size: 14, bold: true }).width) + 6);
  const labelWidth = width - amountWidth;
  const notes = [primary.fxNote, secondary.fxNote === primary.fxNote ? undefined : secondary.fxNote].filter((note): note is string => Boolean(note));
  const notesHeight = notes.reduce((sum, note) => sum + measureText(doc, note, { size: 8, width }).height, 0);
  doc.y += 8;
  ensureSpace(doc, lineHeight(9) + lineHeight(14) + notesHeight + 12);
  const top = doc.y;
  writeText(doc, both(data, "orderTotal"), { x: left, y: top, size: 9, width: labelWidth, align: "right", color: muted });
  writeText(doc, orderTotal, { x: left + labelWidth, y: top, size: 9, width: amountWidth, align: "right" });
  const dueTop = doc.y + 4;
  writeText(doc, both(data, "amountDue"), { x: left, y: dueTop + 3, size: 10, bold: true, width: labelWidth, align: "right" });
  writeText(doc, due, { x: left + labelWidth, y: dueTop, size: 14, bold: true, width: amountWidth, align: "right" });
  doc.y += 4;
  for (const note of notes) writeText(doc, note, { x: left, size: 8, width, align: "right", color: muted });
}

function drawPaymentReference(doc: Doc, data: InvoicePdfData): void {
  const { primary, secondary } = data.labels;
  const left = doc.page.margins.left;
  const width = contentWidth(doc);
  const inner = width - 28;
  const hints = primary.paymentReferenceHint === secondary.paymentReferenceHint ? [primary.paymentReferenceHint] : [primary.paymentReferenceHint, secondary.paymentReferenceHint];
  const caption = both(data, "paymentReference");
  const height =
    measureText(doc, caption, { size: 9, bold: true, width: inner }).height +
    measureText(doc, data.paymentReference, { size: 22, bold: true, width: inner }).height +
    hints.reduce((sum, hint) => sum + measureText(doc, hint, { size: 8.5, width: inner }).height, 0) +
    28;
  ensureSpace(doc, height);
  const top = doc.y;
  doc.roundedRect(left, top, width, height, 4).lineWidth(1.5).strokeColor("#1a1a1a").stroke();
  writeText(doc, caption, { x: left + 14, y: top + 10, size: 9, bold: true, width: inner, color: muted });
  writeText(doc, data.paymentReference, { x: left + 14, size: 22, bold: true, width: inner });
  doc.y += 4;
  hints.forEach((hint, index) => writeText(doc, hint, { x: left + 14, size: 8.5, width: inner, color: index === 0 ? "#111111" : muted }));
  doc.x = left;
  doc.y = top + height + 14;
}

function drawBankDetails(doc: Doc, data: InvoicePdfData): void {
  const bank = data.platform.bank;
  const fields: [string, string][] = [
    [both(data, "beneficiary"), bank.beneficiary],
    [both(data, "bank"), bank.bankName],
    [both(data, "account"), bank.account],
    [both(data, "swift"), bank.swift],
  ];
  if (bank.address) fields.push([both(data, "bankAddress"), bank.address]);
  const width = contentWidth(doc);
  doc.y += 14;
  ensureSpace(doc, lineHeight(10) + fields.length * lineHeight(9) + 4);
  writeText(doc, both(data, "bankDetails"), { x: doc.page.margins.left, size: 10, bold: true, width });
  doc.y += 4;
  drawFields(doc, fields, { x: doc.page.margins.left, width, labelWidth: 170 });
}

/** A bilingual proforma invoice for one payment stage of an order, as PDF bytes. */
export async function renderInvoicePdf(data: InvoicePdfData, options: PdfRenderOptions = {}): Promise<Buffer> {
  const { primary, secondary } = data.labels;
  const doc = createPdfDocument(
    { title: `${primary.title} ${data.number}`, subject: `${secondary.title} ${data.number}`, createdAt: data.issuedAt, lang: intlLocale[data.locale] },
    options,
  );
  drawHeading(doc, data);
  drawParties(doc, data);
  // On the first page, whatever the number of lines: the payer must not miss it.
  drawPaymentReference(doc, data);
  drawLines(doc, data);
  drawTotals(doc, data);
  drawBankDetails(doc, data);
  stampFooters(doc, (page, pages) => {
    const right = pageLabel(primary.page, page, pages);
    const secondRight = pageLabel(secondary.page, page, pages);
    return { left: `${data.platform.name} · ${data.number}`, right: right === secondRight ? right : `${right} / ${secondRight}` };
  });
  return finishPdf(doc);
}
