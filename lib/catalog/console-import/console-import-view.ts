import type { CatalogImport } from "@/lib/db/generated/client.ts";
import type { ImportIssue } from "../import-catalog";

/** A RUNNING job not heard from for this long died with its process (a batch takes seconds). */
export const staleImportMs = 10 * 60 * 1000;
/** Issues kept per job: enough to fix a file; `failed` still counts them all. */
export const storedIssuesLimit = 1000;

export type ConsoleImportStatus = "RUNNING" | "SUCCEEDED" | "FAILED";

/** A console import as the page and the API show it; dates as ISO strings so it crosses to the browser as is. */
export type ConsoleImportView = {
  id: string;
  fileName: string;
  byteSize: number;
  status: ConsoleImportStatus;
  /** Lines in the file; null for imports started before it was recorded. */
  totalLines: number | null;
  linesDone: number;
  created: number;
  updated: number;
  failed: number;
  createdAt: string;
  finishedAt: string | null;
};

export type ConsoleImportDetail = ConsoleImportView & { issues: ImportIssue[] };

/**
 * The job as the user should see it. A RUNNING row whose runner stopped reporting is shown as
 * FAILED at once, without waiting for anything to clean it up (the next import does that).
 */
export function toConsoleImportView(row: CatalogImport, now: Date): ConsoleImportView {
  const stale = row.status === "RUNNING" && now.getTime() - row.updatedAt.getTime() > staleImportMs;
  return {
    id: row.id,
    fileName: row.fileName,
    byteSize: row.byteSize,
    status: stale ? "FAILED" : row.status,
    totalLines: row.totalLines,
    linesDone: row.linesDone,
    created: row.created,
    updated: row.updated,
    failed: row.failed,
    createdAt: row.createdAt.toISOString(),
    finishedAt: (row.finishedAt ?? (stale ? row.updatedAt : null))?.toISOString() ?? null,
  };
}

/** The stored issues, defensively: the column is JSON, so anything malformed is skipped. */
export function storedIssues(value: unknown): ImportIssue[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item: unknown) => {
    const issue = item as Partial<Record<keyof ImportIssue, unknown>> | null;
    if (!issue || typeof issue.line !== "number" || typeof issue.key !== "string") return [];
    return [{ line: issue.line, key: issue.key, ...(typeof issue.sku === "string" ? { sku: issue.sku } : {}), ...(typeof issue.field === "string" ? { field: issue.field } : {}) }];
  });
}
