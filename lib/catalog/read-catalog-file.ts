import { createReadStream } from "node:fs";
import { readFile } from "node:fs/promises";
import { createInterface } from "node:readline";
import { parse } from "csv-parse/sync";

/** One line of a catalog file, parsed into an object, or the reason it could not be. */
export type CatalogRecord = { line: number; value: unknown } | { line: number; parseError: string };

/** JSON Lines: one listing object per line; blank lines are skipped (but still counted). */
export async function* readJsonLines(path: string): AsyncGenerator<CatalogRecord> {
  const lines = createInterface({ input: createReadStream(path, { encoding: "utf8" }), crlfDelay: Infinity });
  let number = 0;
  for await (const text of lines) {
    number += 1;
    if (!text.trim()) continue;
    try {
      yield { line: number, value: JSON.parse(text) as unknown };
    } catch {
      yield { line: number, parseError: "field.line_not_json" };
    }
  }
}

const localized = ["title", "description"] as const;
const listFields = ["incoterms", "certifications"] as const;

/**
 * CSV with the same fields as JSON Lines. Per-locale text is in `title.en`, `title.zh`, …
 * columns; lists are separated by `;`; price tiers are `minQty:price;minQty:price`.
 * Line numbers are the file's (the header is line 1).
 */
export async function* readCsv(path: string): AsyncGenerator<CatalogRecord> {
  yield* catalogCsvRecords(await readFile(path, "utf8"));
}

/**
 * CSV text as records numbered by the line each row starts on (the header is line 1), so blank
 * lines and values spanning several lines do not shift the numbers in the error report.
 * Shared by the CLI and the console import.
 */
export function catalogCsvRecords(text: string): CatalogRecord[] {
  let rows: { record: Record<string, string>; raw: string; info: { lines: number } }[];
  try {
    rows = parse(text.replace(/\r\n?/g, "\n"), { columns: true, skip_empty_lines: true, bom: true, trim: true, relax_column_count: true, info: true, raw: true });
  } catch (error) {
    const line = (error as { lines?: unknown }).lines;
    return [{ line: typeof line === "number" && line > 0 ? line : 1, parseError: "field.file_not_csv" }];
  }
  return rows.map(({ record, raw, info }) => {
    // `info.lines` is where the row ends; a quoted value may span lines, and `raw` carries blank lines before it.
    const spanned = raw.replace(/^\n+/, "").replace(/\n$/, "").split("\n").length - 1;
    return { line: info.lines - spanned, value: csvRowToRecord(record) };
  });
}

export function csvRowToRecord(row: Record<string, string>): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  for (const [column, raw] of Object.entries(row)) {
    const value = raw ?? "";
    const [field, locale] = column.split(".");
    if (locale && (localized as readonly string[]).includes(field!)) {
      const texts = (record[field!] ??= {}) as Record<string, string>;
      if (value) texts[locale] = value;
    } else if ((listFields as readonly string[]).includes(column)) {
      record[column] = value ? value.split(";").map((item) => item.trim()).filter(Boolean) : [];
    } else if (column === "priceTiers") {
      record[column] = value
        .split(";")
        .filter(Boolean)
        .map((tier) => {
          const [minQty = "", unitPrice = ""] = tier.split(":");
          return { minQty: Number(minQty), unitPrice: unitPrice.trim() };
        });
    } else if (column === "moq" || column === "leadTimeDays") {
      record[column] = value === "" ? undefined : Number(value);
    } else {
      record[column] = value;
    }
  }
  return record;
}

export function readCatalogFile(path: string): AsyncGenerator<CatalogRecord> {
  return path.toLowerCase().endsWith(".csv") ? readCsv(path) : readJsonLines(path);
}
