import type { Db } from "@/lib/db/create-client";
import type { Prisma } from "@/lib/db/generated/client.ts";
import { importCatalog, type ImportIssue, type ImportReport } from "../import-catalog";
import type { CatalogRecord } from "../read-catalog-file";
import { storedIssuesLimit } from "./console-import-view";

export type ConsoleImportJob = {
  importId: string;
  organizationId: string;
  userId: string;
  supplierCode: string | null;
  submitForReview: boolean;
  records: CatalogRecord[];
};

/** The job's row was marked FAILED (given up as stale) while it still ran: stop, write nothing more. */
class ImportAbandoned extends Error {}

async function* each(records: CatalogRecord[]): AsyncGenerator<CatalogRecord> {
  yield* records;
}

const counts = (linesDone: number, report: Readonly<ImportReport>, extra: ImportIssue[] = []) => ({
  linesDone,
  created: report.created,
  updated: report.updated,
  failed: report.failed,
  issues: [...extra, ...report.issues].slice(0, storedIssuesLimit) as Prisma.InputJsonValue,
});

/**
 * The background half of a console import: runs the scoped importer and keeps the job row up
 * to date after every batch (that write is also the heartbeat that tells a live job from a
 * dead one). Never throws — it runs after the response, where nobody could catch it.
 */
export async function runConsoleImport(client: Db, job: ConsoleImportJob): Promise<void> {
  const save = async (data: Prisma.CatalogImportUpdateManyMutationInput) => {
    const { count } = await client.catalogImport.updateMany({ where: { id: job.importId, status: "RUNNING" }, data });
    if (!count) throw new ImportAbandoned();
  };
  let last: { linesDone: number; report: Readonly<ImportReport> } = { linesDone: 0, report: { lines: 0, created: 0, updated: 0, failed: 0, issues: [] } };
  try {
    const report = await importCatalog(client, each(job.records), {
      publish: false,
      actor: { userId: job.userId, organizationId: job.organizationId },
      scope: { supplierId: job.organizationId, supplierCode: job.supplierCode, submitForReview: job.submitForReview, importId: job.importId },
      onProgress: async (linesDone, progress) => {
        last = { linesDone, report: progress };
        await save(counts(linesDone, progress));
      },
    });
    await save({ ...counts(report.lines, report), status: "SUCCEEDED", finishedAt: new Date() });
  } catch (error) {
    if (error instanceof ImportAbandoned) return;
    console.error(`[catalog-import] import ${job.importId} of organization ${job.organizationId} failed after ${last.linesDone} lines`, error);
    // What was committed stays (each batch is whole); the report says where it stopped.
    await save({ ...counts(last.linesDone, last.report, [{ line: 0, key: "code.INTERNAL" }]), status: "FAILED", finishedAt: new Date() }).catch((saveError: unknown) => {
      if (!(saveError instanceof ImportAbandoned)) console.error(`[catalog-import] could not mark import ${job.importId} as failed`, saveError);
    });
  }
}
