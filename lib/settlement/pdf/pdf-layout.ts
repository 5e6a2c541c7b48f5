import PDFDocument from "pdfkit";
import { initialFontFile, measureText, registerFonts, writeText } from "./mixed-script-text";

/** Test hook: `compress: false` keeps content and font streams readable in the output bytes. */
export type PdfRenderOptions = { compress?: boolean };

export type PdfMeta = { title: string; subject?: string; createdAt: Date; lang: string };

const margins = { top: 48, bottom: 60, left: 48, right: 48 };
export const muted = "#5f6368";
const rule = "#c8ccd0";
const headerFill = "#eef0f2";

/**
 * A4 document with our fonts registered. Every info entry is given, CreationDate included, so
 * pdfkit neither stamps the current time nor derives the file /ID from it: the same input gives
 * the same bytes.
 */
export function createPdfDocument(meta: PdfMeta, options: PdfRenderOptions = {}): PDFKit.PDFDocument {
  const info: PDFKit.DocumentInfo = { Title: meta.title, Author: "Karavan", Creator: "Karavan", Producer: "Karavan", CreationDate: meta.createdAt, ModDate: meta.createdAt };
  if (meta.subject) info.Subject = meta.subject;
  const doc = new PDFDocument({
    size: "A4",
    margins,
    bufferPages: true,
    compress: options.compress ?? true,
    info,
    lang: meta.lang,
    displayTitle: true,
    font: initialFontFile(),
  });
  registerFonts(doc);
  return doc;
}

export function contentWidth(doc: PDFKit.PDFDocument): number {
  return doc.page.width - doc.page.margins.left - doc.page.margins.right;
}

function contentBottom(doc: PDFKit.PDFDocument): number {
  return doc.page.height - doc.page.margins.bottom;
}

/** Starts a new page unless `height` still fits above the bottom margin. */
export function ensureSpace(doc: PDFKit.PDFDocument, height: number): void {
  if (doc.y + height > contentBottom(doc)) doc.addPage();
}

export function hairline(doc: PDFKit.PDFDocument, y: number, color: string = rule): void {
  const left = doc.page.margins.left;
  doc.moveTo(left, y).lineTo(left + contentWidth(doc), y).lineWidth(0.5).strokeColor(color).stroke();
}

/** Fills "{page}" and "{pages}" in a translated footer template such as "Page {page} of {pages}". */
export function pageLabel(template: string, page: number, pages: number): string {
  return template.replaceAll("{page}", String(page)).replaceAll("{pages}", String(pages));
}

/** Draws a footer on every page once the page count is known (needs bufferPages). */
export function stampFooters(doc: PDFKit.PDFDocument, footer: (page: number, pages: number) => { left: string; right: string }): void {
  const { start, count } = doc.bufferedPageRange();
  for (let index = start; index < start + count; index += 1) {
    doc.switchToPage(index);
    const { left, right } = footer(index - start + 1, count);
    const x = doc.page.margins.left;
    const width = contentWidth(doc);
    const y = doc.page.height - doc.page.margins.bottom + 22;
    hairline(doc, y - 6);
    writeText(doc, left, { x, y, width: width * 0.55, size: 7.5, color: muted });
    writeText(doc, right, { x: x + width * 0.45, y, width: width * 0.55, size: 7.5, color: muted, align: "right" });
  }
}

/** Key–value rows: the label in a fixed-width column, the value wrapping beside it. */
export function drawFields(doc: PDFKit.PDFDocument, fields: readonly (readonly [string, string])[], layout: { x: number; width: number; labelWidth: number; size?: number }): void {
  const size = layout.size ?? 9;
  const valueWidth = layout.width - layout.labelWidth;
  for (const [label, value] of fields) {
    const height = Math.max(measureText(doc, label, { size: size - 1, width: layout.labelWidth - 6 }).height, measureText(doc, value, { size, width: valueWidth }).height);
    ensureSpace(doc, height);
    const y = doc.y;
    writeText(doc, label, { x: layout.x, y: y + 1, size: size - 1, width: layout.labelWidth - 6, color: muted });
    writeText(doc, value, { x: layout.x + layout.labelWidth, y, size, width: valueWidth });
    doc.y = y + height + 2;
  }
  doc.x = doc.page.margins.left;
}

export type TableColumn = { width: number; align?: "left" | "right" };
/** A header cell: the caption, and optionally a second caption under it (another language). */
export type HeaderCell = { text: string; sub?: string };
export type TableSpec = { columns: readonly TableColumn[]; header: readonly HeaderCell[]; size?: number };

const padX = 4;
const padY = 3;

function rowHeight(doc: PDFKit.PDFDocument, spec: TableSpec, cells: readonly string[], bold: boolean): number {
  const size = spec.size ?? 8.5;
  const heights = spec.columns.map((column, index) => measureText(doc, cells[index] ?? "", { size, bold, width: column.width - 2 * padX }).height);
  return Math.max(...heights) + 2 * padY;
}

function headerHeight(doc: PDFKit.PDFDocument, spec: TableSpec): number {
  const size = spec.size ?? 8.5;
  const heights = spec.columns.map((column, index) => {
    const cell = spec.header[index];
    const width = column.width - 2 * padX;
    const main = measureText(doc, cell?.text ?? "", { size, bold: true, width }).height;
    return main + (cell?.sub ? measureText(doc, cell.sub, { size: size - 1.5, width }).height : 0);
  });
  return Math.max(...heights) + 2 * padY;
}

function drawHeader(doc: PDFKit.PDFDocument, spec: TableSpec): void {
  const size = spec.size ?? 8.5;
  const height = headerHeight(doc, spec);
  const top = doc.y;
  doc.rect(doc.page.margins.left, top, contentWidth(doc), height).fill(headerFill);
  let x = doc.page.margins.left;
  spec.columns.forEach((column, index) => {
    const cell = spec.header[index];
    const style = { x: x + padX, width: column.width - 2 * padX, align: column.align ?? "left" } as const;
    const used = writeText(doc, cell?.text ?? "", { ...style, y: top + padY, size, bold: true });
    if (cell?.sub) writeText(doc, cell.sub, { ...style, y: top + padY + used, size: size - 1.5, color: muted });
    x += column.width;
  });
  doc.y = top + height;
}

/**
 * Draws the header and the rows, moving to a new page (and repeating the header) whenever the
 * next row does not fit. A row listed in `boldRows` is drawn bold.
 */
export function drawTable(doc: PDFKit.PDFDocument, spec: TableSpec, rows: readonly (readonly string[])[], boldRows: ReadonlySet<number> = new Set()): void {
  const size = spec.size ?? 8.5;
  ensureSpace(doc, headerHeight(doc, spec) + (rows[0] ? rowHeight(doc, spec, rows[0], boldRows.has(0)) : 0));
  drawHeader(doc, spec);
  rows.forEach((cells, rowIndex) => {
    const bold = boldRows.has(rowIndex);
    const height = rowHeight(doc, spec, cells, bold);
    if (doc.y + height > contentBottom(doc)) {
      doc.addPage();
      drawHeader(doc, spec);
    }
    const top = doc.y;
    let x = doc.page.margins.left;
    spec.columns.forEach((column, index) => {
      writeText(doc, cells[index] ?? "", { x: x + padX, y: top + padY, width: column.width - 2 * padX, align: column.align ?? "left", size, bold });
      x += column.width;
    });
    hairline(doc, top + height);
    doc.y = top + height;
  });
  doc.x = doc.page.margins.left;
}

/** Ends the document and collects its bytes. */
export function finishPdf(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
    doc.end();
  });
}
