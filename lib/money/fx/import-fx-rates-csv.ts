import { parse } from "csv-parse/sync";
import type { Actor } from "@/lib/auth/actor";
import { auditActorOf, recordAudit } from "@/lib/audit/record-audit";
import type { Db } from "@/lib/db/create-client";
import { AppError } from "@/lib/errors/app-error";
import { authorize } from "@/lib/auth/permissions";
import { fxFieldErrors, fxRateInputSchema, type FxRateInput } from "./fx-rate-input";

export const fxCsvColumns = ["base", "quote", "rate", "source", "effectiveAt"] as const;
export const fxCsvLimits = { maxChars: 500_000, maxLines: 5000 } as const;

/** A line of the file that was not imported, and why (a key in the `fx` namespace). */
export type FxImportIssue = { line: number; field?: string; key: string };

export type FxImportResult = {
  /** Data lines read (the header and blank lines not counted). */
  lines: number;
  imported: number;
  /** Lines whose pair and effective time already exist (in the database or earlier in the file). */
  duplicates: FxImportIssue[];
  errors: FxImportIssue[];
};

type Candidate = { line: number; input: FxRateInput & { effectiveAt: Date } };

const pairKey = (base: string, quote: string, at: Date) => `${base}/${quote}@${at.getTime()}`;

/** One physical line as CSV cells, or null when its quoting is broken. */
function cells(line: string, delimiter: string): string[] | null {
  try {
    const [row] = parse(line, { delimiter, trim: true, relax_column_count: true, relax_quotes: false }) as string[][];
    return row ?? [];
  } catch {
    return null;
  }
}

/** The header's columns in file order, or a file-level error. */
function readHeader(line: string, delimiter: string): (typeof fxCsvColumns)[number][] {
  const names = (cells(line, delimiter) ?? []).map((name) => name.toLowerCase());
  const columns = names.map((name) => fxCsvColumns.find((column) => column.toLowerCase() === name));
  if (columns.some((column) => !column) || new Set(columns).size !== fxCsvColumns.length || columns.length !== fxCsvColumns.length) {
    throw new AppError("VALIDATION_FAILED", "CSV header must be base,quote,rate,source,effectiveAt", { fields: { csv: "fx:import.errors.header" } });
  }
  return columns as (typeof fxCsvColumns)[number][];
}

/**
 * Reads an FX rate file (header `base,quote,rate,source,effectiveAt`, comma- or
 * semicolon-separated) and imports its valid lines in one transaction. Lines are parsed
 * one by one, so a broken line is reported by its number and never swallows the lines after
 * it; a pair already recorded for the same instant is reported as a duplicate, not stored twice.
 */
export async function importFxRatesCsv(client: Db, actor: Actor, text: string, context: { ip?: string } = {}): Promise<FxImportResult> {
  authorize(actor, "fx:manage");
  if (text.length > fxCsvLimits.maxChars) throw new AppError("VALIDATION_FAILED", "CSV too large", { fields: { csv: "fx:import.errors.too_large" } });
  const physical = text.replace(/^\ufeff/, "").split(/\r\n|\n|\r/);
  const headerIndex = physical.findIndex((line) => line.trim() !== "");
  if (headerIndex < 0) throw new AppError("VALIDATION_FAILED", "CSV is empty", { fields: { csv: "fx:import.errors.empty" } });
  const headerLine = physical[headerIndex]!;
  const delimiter = headerLine.includes(";") && !headerLine.includes(",") ? ";" : ",";
  const columns = readHeader(headerLine, delimiter);
  const dataLines = physical.map((content, index) => ({ line: index + 1, content })).slice(headerIndex + 1).filter(({ content }) => content.trim() !== "");
  if (dataLines.length === 0) throw new AppError("VALIDATION_FAILED", "CSV has no rates", { fields: { csv: "fx:import.errors.empty" } });
  if (dataLines.length > fxCsvLimits.maxLines) throw new AppError("VALIDATION_FAILED", "CSV has too many lines", { fields: { csv: "fx:import.errors.too_many_lines" } });

  const errors: FxImportIssue[] = [];
  const duplicates: FxImportIssue[] = [];
  const candidates: Candidate[] = [];
  const seen = new Set<string>();
  for (const { line, content } of dataLines) {
    const row = cells(content, delimiter);
    if (!row) {
      errors.push({ line, key: "fx:import.errors.malformed" });
      continue;
    }
    if (row.length !== columns.length) {
      errors.push({ line, key: "fx:import.errors.column_count" });
      continue;
    }
    const parsed = fxRateInputSchema.safeParse(Object.fromEntries(columns.map((column, index) => [column, row[index]])));
    if (!parsed.success) {
      for (const [field, key] of Object.entries(fxFieldErrors(parsed.error))) errors.push({ line, field, key });
      continue;
    }
    // The column is there, so effectiveAt is never left to default here.
    const input = { ...parsed.data, effectiveAt: parsed.data.effectiveAt ?? new Date(Number.NaN) };
    const key = pairKey(input.base, input.quote, input.effectiveAt);
    if (seen.has(key)) {
      duplicates.push({ line, key: "fx:import.errors.duplicate_in_file" });
      continue;
    }
    seen.add(key);
    candidates.push({ line, input });
  }

  let imported = 0;
  if (candidates.length) {
    imported = await client.$transaction(
      async (tx) => {
        const pairs = new Map<string, Candidate[]>();
        for (const candidate of candidates) {
          const pair = `${candidate.input.base}/${candidate.input.quote}`;
          pairs.set(pair, [...(pairs.get(pair) ?? []), candidate]);
        }
        const existing = await tx.fxRate.findMany({
          where: { OR: [...pairs.values()].map((group) => ({ base: group[0]!.input.base, quote: group[0]!.input.quote, effectiveAt: { in: group.map((c) => c.input.effectiveAt) } })) },
          select: { base: true, quote: true, effectiveAt: true },
        });
        const taken = new Set(existing.map((row) => pairKey(row.base, row.quote, row.effectiveAt)));
        const fresh = candidates.filter((candidate) => {
          if (!taken.has(pairKey(candidate.input.base, candidate.input.quote, candidate.input.effectiveAt))) return true;
          duplicates.push({ line: candidate.line, key: "fx:import.errors.duplicate_existing" });
          return false;
        });
        if (!fresh.length) return 0;
        const rows = await tx.fxRate.createManyAndReturn({
          data: fresh.map(({ input }) => ({ base: input.base, quote: input.quote, rate: input.rate, source: input.source, effectiveAt: input.effectiveAt, createdById: actor.userId })),
          // A rate recorded between the check above and this insert is skipped, not an error.
          skipDuplicates: true,
          select: { id: true, base: true, quote: true, rate: true, effectiveAt: true },
        });
        await recordAudit(tx, {
          actor: auditActorOf(actor),
          action: "fx_rate.imported",
          targetType: "FxRate",
          targetId: "csv",
          organizationId: null,
          data: { lines: dataLines.length, imported: rows.length, duplicates: duplicates.length, rejected: errors.length, rates: rows.map((row) => `${row.base}/${row.quote}=${row.rate}@${row.effectiveAt.toISOString()}`) },
          ip: context.ip,
        });
        return rows.length;
      },
      { timeout: 60_000 },
    );
  }
  duplicates.sort((a, b) => a.line - b.line);
  return { lines: dataLines.length, imported, duplicates, errors };
}
