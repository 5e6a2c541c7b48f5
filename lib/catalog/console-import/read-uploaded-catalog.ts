import { AppError } from "@/lib/errors/app-error";
import { catalogCsvRecords, type CatalogRecord } from "../read-catalog-file";

type CatalogFormat = "jsonl" | "csv";

/** The format a file name announces, or null for anything the importer does not read. */
function catalogFormatOf(fileName: string): CatalogFormat | null {
  const name = fileName.toLowerCase();
  if (name.endsWith(".csv")) return "csv";
  if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) return "jsonl";
  return null;
}

/**
 * Text of an uploaded file. UTF-8 (with or without a BOM) is the format; a file that is not
 * valid UTF-8 is read as GB 18030, because that is what Excel on a Chinese Windows saves as
 * "CSV", and suppliers should not have to know that.
 */
function decode(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("gb18030").decode(bytes);
  }
}

function jsonLines(text: string): CatalogRecord[] {
  const records: CatalogRecord[] = [];
  for (const [index, line] of text.split(/\r?\n/).entries()) {
    if (!line.trim()) continue;
    try {
      records.push({ line: index + 1, value: JSON.parse(line) as unknown });
    } catch {
      records.push({ line: index + 1, parseError: "field.line_not_json" });
    }
  }
  return records;
}

/**
 * An uploaded catalog file (already in memory, size-checked) as numbered records, the same
 * records the CLI reads from disk. Reading everything first gives the total for the progress
 * bar and rejects a wrong file before a job is created.
 */
export function readUploadedCatalog(fileName: string, bytes: Uint8Array): CatalogRecord[] {
  const format = catalogFormatOf(fileName);
  if (!format) throw new AppError("VALIDATION_FAILED", "Not a catalog file", { fields: { file: "field.catalog_file_type" }, messageKey: "field.catalog_file_type" });
  const text = decode(bytes);
  return format === "csv" ? catalogCsvRecords(text) : jsonLines(text.replace(/^\uFEFF/, ""));
}
