import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/create-client";
import { AppError } from "@/lib/errors/app-error";
import { staleImportMs, toConsoleImportView, type ConsoleImportView } from "./console-import-view";
import { readUploadedCatalog } from "./read-uploaded-catalog";
import { runConsoleImport } from "./run-console-import";

/** A file as the browser sent it; the bytes are in memory (the route caps their size first). */
export type CatalogUpload = { fileName: string; bytes: Uint8Array; submitForReview: boolean };

export type StartOptions = {
  /** UPLOAD_MAX_CATALOG_MB in bytes. */
  maxBytes: number;
  /** Runs the import after the response is sent: `after` from next/server, or the test itself. */
  runInBackground: (task: () => Promise<void>) => void;
  now?: Date;
};

export type StartedImport = {
  import: ConsoleImportView;
  /** Lines to process: the denominator of the progress bar (not stored; the client keeps it). */
  totalLines: number;
  /** Whether new listings go to review: asked for, and the company is verified. */
  submitForReview: boolean;
};

function fileError(key: string): AppError {
  return new AppError("VALIDATION_FAILED", "The catalog file was refused", { fields: { file: key }, messageKey: key });
}

/** "C:\\fakepath\\list.csv" → "list.csv"; control characters out, length bounded for the list view. */
function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  return (base.replace(/[\p{Cc}\p{Cf}]/gu, "").trim() || "catalog").slice(0, 200);
}

/**
 * Starts a supplier's import of its own catalog file: checks the file, records the job and
 * hands the work to `runInBackground`, so the request answers at once and the browser polls
 * the job for progress. One import per organization runs at a time — two at once would race
 * on the same SKUs and make both reports wrong.
 */
export async function startConsoleImport(client: Db, actor: Actor, upload: CatalogUpload, options: StartOptions): Promise<StartedImport> {
  const organizationId = actor.organization.id;
  authorize(actor, "listings:manage", { organizationId });
  if (upload.bytes.byteLength === 0) throw fileError("field.file_required");
  if (upload.bytes.byteLength > options.maxBytes) throw fileError("field.file_too_large");
  const records = readUploadedCatalog(upload.fileName, upload.bytes);
  const now = options.now ?? new Date();

  const { row, organization } = await client.$transaction(async (tx) => {
    // Locking the organization serializes starts: two uploads at once cannot both see "none running".
    const [organization] = await tx.$queryRaw<{ code: string | null; verificationStatus: string }[]>`
      SELECT code, "verificationStatus"::text AS "verificationStatus" FROM "Organization" WHERE id = ${organizationId}::uuid FOR UPDATE`;
    if (!organization) throw new AppError("NOT_FOUND", "Organization not found");
    await tx.catalogImport.updateMany({
      where: { organizationId, status: "RUNNING", updatedAt: { lt: new Date(now.getTime() - staleImportMs) } },
      data: { status: "FAILED", finishedAt: now },
    });
    if (await tx.catalogImport.count({ where: { organizationId, status: "RUNNING" } })) {
      throw new AppError("CONFLICT", "An import is already running for this organization", { messageKey: "listing.import_running" });
    }
    const row = await tx.catalogImport.create({ data: { organizationId, userId: actor.userId, fileName: cleanFileName(upload.fileName), byteSize: upload.bytes.byteLength, totalLines: records.length } });
    return { row, organization };
  });

  const submitForReview = upload.submitForReview && organization.verificationStatus === "VERIFIED";
  options.runInBackground(() =>
    runConsoleImport(client, { importId: row.id, organizationId, userId: actor.userId, supplierCode: organization.code, submitForReview, records }),
  );
  return { import: toConsoleImportView(row, now), totalLines: records.length, submitForReview };
}
