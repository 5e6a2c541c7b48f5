import type { Db, Tx } from "@/lib/db/create-client";
import type { ListingStatus } from "@/lib/db/generated/enums.ts";
import { recordAudit, type AuditActor } from "@/lib/audit/record-audit";
import { toFieldErrors } from "@/lib/errors/validation";
import { reviewedFields } from "@/lib/listings/listing-input";
import { reviewAgainIfPublished } from "@/lib/listings/review-again-if-published";
import { decimalToMinor } from "@/lib/money/decimal";
import { queueSearchUpdate } from "@/lib/search/outbox-topics";
import { importLineSchema, scopedImportLineSchema, type ImportLine } from "./import-line-schema";
import type { CatalogRecord } from "./read-catalog-file";

/** A rejected line: where, which listing, and a message key in the `errors` namespace. */
export type ImportIssue = { line: number; sku?: string; field?: string; key: string };
export type ImportReport = { lines: number; created: number; updated: number; failed: number; issues: ImportIssue[] };

/**
 * A supplier importing its own file (the console), as opposed to an operator loading anyone's
 * catalog (the CLI): every line lands in this supplier's catalog or is rejected, and nothing
 * is published — new listings are drafts, or wait for review when `submitForReview` is set.
 */
export type ImportScope = {
  supplierId: string;
  /** The supplier's code in catalog files, if it has one; a line may name it or no supplier at all. */
  supplierCode: string | null;
  /** The caller has checked that the supplier is verified and may submit listings. */
  submitForReview: boolean;
  /** The console job this run belongs to; the audit event points at it. */
  importId?: string;
};

export type ImportOptions = {
  /** Operators only: listings go live without review. Never together with `scope`. */
  publish: boolean;
  actor: AuditActor | null;
  scope?: ImportScope;
  batchSize?: number;
  /** After each batch is committed (and at least every `batchSize` lines, even if all were rejected). */
  onProgress?: (linesDone: number, report: Readonly<ImportReport>) => void | Promise<void>;
};

type Resolved = { lineNumber: number; line: Omit<ImportLine, "supplier">; supplierId: string; categoryId: string; tiers: { minQty: number; unitPriceMinor: bigint }[] };
type WriteMode = { publish: boolean; scope?: ImportScope; actor: AuditActor | null };

const maxIssues = 10_000;

/**
 * Imports listings, upserting by (supplier, SKU) so that importing the same file twice changes
 * nothing. Each line is validated on its own: a bad line is reported with its number and reason
 * and the good ones still land. Lines are written in batches, each in one transaction — a crash
 * never leaves a listing without its prices, and re-running the import finishes the job.
 */
export async function importCatalog(client: Db, records: AsyncIterable<CatalogRecord>, options: ImportOptions): Promise<ImportReport> {
  const { scope } = options;
  if (scope && (options.publish || !options.actor)) throw new Error("importCatalog: a scoped import has an actor and never publishes");
  const batchSize = options.batchSize ?? 250;
  const report: ImportReport = { lines: 0, created: 0, updated: 0, failed: 0, issues: [] };
  const fail = (issue: ImportIssue) => {
    report.failed += 1;
    if (report.issues.length < maxIssues) report.issues.push(issue);
  };
  // A scoped import never looks other suppliers up: "unknown" and "not yours" must read the same.
  const suppliers = scope
    ? new Map<string, string>()
    : new Map((await client.organization.findMany({ where: { type: "SUPPLIER", code: { not: null } }, select: { id: true, code: true } })).map((s) => [s.code!, s.id]));
  const categories = new Map((await client.category.findMany({ select: { id: true, slug: true, parentId: true } })).map((c) => [c.slug, c]));

  const resolve = (record: CatalogRecord): Resolved | ImportIssue => {
    if ("parseError" in record) return { line: record.line, key: record.parseError };
    const parsed = (scope ? scopedImportLineSchema : importLineSchema).safeParse(record.value);
    if (!parsed.success) {
      const [field, key] = Object.entries(toFieldErrors(parsed.error))[0] ?? ["_line", "field.invalid"];
      return { line: record.line, sku: skuOf(record.value), field, key };
    }
    const { supplier, ...line } = parsed.data;
    let supplierId: string | undefined;
    if (scope) {
      if (supplier !== null && supplier !== scope.supplierCode) return { line: record.line, sku: line.sku, field: "supplier", key: "field.supplier_not_yours" };
      supplierId = scope.supplierId;
    } else {
      supplierId = suppliers.get(supplier ?? "");
      if (!supplierId) return { line: record.line, sku: line.sku, field: "supplier", key: "field.unknown_supplier" };
    }
    const category = categories.get(line.category);
    if (!category || !category.parentId) return { line: record.line, sku: line.sku, field: "category", key: category ? "field.category_not_leaf" : "field.unknown_category" };
    const tiers = line.priceTiers.map((tier) => ({ minQty: tier.minQty, unitPriceMinor: decimalToMinor(tier.unitPrice, line.currency)! }));
    return { lineNumber: record.line, line, supplierId, categoryId: category.id, tiers };
  };

  let batch: Resolved[] = [];
  let reportedLines = 0;
  const keysInBatch = new Set<string>();
  const flush = async (linesDone: number) => {
    if (batch.length) {
      const pending = batch;
      const outcome = await client.$transaction((tx) => writeBatch(tx, pending, options), { timeout: 60_000 });
      report.created += outcome.created;
      report.updated += outcome.updated;
      batch = [];
      keysInBatch.clear();
    }
    if (linesDone === reportedLines) return;
    reportedLines = linesDone;
    await options.onProgress?.(linesDone, report);
  };

  for await (const record of records) {
    report.lines += 1;
    const resolved = resolve(record);
    if ("key" in resolved) {
      fail(resolved);
    } else {
      const key = `${resolved.supplierId}\u0000${resolved.line.sku}`;
      // The same listing twice in a file: the later line wins, so write the earlier one first.
      if (keysInBatch.has(key)) await flush(report.lines - 1);
      batch.push(resolved);
      keysInBatch.add(key);
    }
    if (batch.length >= batchSize || report.lines - reportedLines >= batchSize) await flush(report.lines);
  }
  await flush(report.lines);

  await client.$transaction((tx) =>
    recordAudit(tx, {
      actor: options.actor,
      action: "catalog.imported",
      targetType: scope?.importId ? "CatalogImport" : "Catalog",
      targetId: scope?.importId ?? "listings",
      organizationId: scope?.supplierId ?? null,
      data: {
        lines: report.lines,
        created: report.created,
        updated: report.updated,
        failed: report.failed,
        publish: options.publish,
        ...(scope ? { submitForReview: scope.submitForReview } : {}),
      },
    }),
  );
  return report;
}

function skuOf(value: unknown): string | undefined {
  const sku = (value as { sku?: unknown } | null)?.sku;
  return typeof sku === "string" ? sku.slice(0, 64) : undefined;
}

/** The status of a new listing: live for an operator's --publish, else a draft or, if asked, queued for review. */
function initialStatus({ publish, scope }: WriteMode, now: Date): { status: ListingStatus; publishedAt: Date | null; submittedAt: Date | null } {
  if (publish) return { status: "PUBLISHED", publishedAt: now, submittedAt: null };
  if (scope?.submitForReview) return { status: "PENDING_REVIEW", publishedAt: null, submittedAt: now };
  return { status: "DRAFT", publishedAt: null, submittedAt: null };
}

/**
 * A reviewed field as comparable text: object keys in a fixed order, certifications as a set,
 * and an empty translation the same as none (files write `{ "en": "" }` for "no description").
 */
function canonical(field: string, value: unknown): string {
  if (field === "certifications" && Array.isArray(value)) return JSON.stringify([...(value as string[])].sort());
  const dropEmpty = field === "title" || field === "description";
  return JSON.stringify(value, (_key, inner: unknown) => {
    if (!inner || typeof inner !== "object" || Array.isArray(inner)) return inner;
    const entries = Object.entries(inner as Record<string, unknown>).filter(([, text]) => !(dropEmpty && text === ""));
    return Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  });
}

/**
 * Writes one batch with as few round trips as the data allows: new listings in one insert,
 * all their price tiers in one insert, the old tiers of updated listings in one delete; only
 * updates of existing listings go one statement each (each row has its own values).
 */
async function writeBatch(tx: Tx, batch: Resolved[], mode: WriteMode): Promise<{ created: number; updated: number }> {
  const existing = await tx.listing.findMany({
    where: { OR: batch.map((item) => ({ supplierId: item.supplierId, sku: item.line.sku })) },
    select: { id: true, supplierId: true, sku: true, status: true, publishedAt: true, categoryId: true, title: true, description: true, hsCode: true, unit: true, certifications: true, specifications: true },
  });
  const byKey = new Map(existing.map((row) => [`${row.supplierId}\u0000${row.sku}`, row]));
  const now = new Date();
  const fields = (item: Resolved) => ({
    categoryId: item.categoryId,
    title: item.line.title,
    description: item.line.description,
    hsCode: item.line.hsCode,
    unit: item.line.unit,
    moq: item.line.moq,
    currency: item.line.currency,
    leadTimeDays: item.line.leadTimeDays,
    incoterms: item.line.incoterms,
    certifications: item.line.certifications,
    specifications: item.line.specifications,
  });

  const fresh = batch.filter((item) => !byKey.has(`${item.supplierId}\u0000${item.line.sku}`));
  const inserted = fresh.length
    ? await tx.listing.createManyAndReturn({
        data: fresh.map((item) => ({ ...fields(item), supplierId: item.supplierId, sku: item.line.sku, ...initialStatus(mode, now) })),
        select: { id: true, supplierId: true, sku: true },
      })
    : [];
  const listingIds = new Map(inserted.map((row) => [`${row.supplierId}\u0000${row.sku}`, row.id]));

  const updated = batch.filter((item) => byKey.has(`${item.supplierId}\u0000${item.line.sku}`));
  for (const item of updated) {
    const current = byKey.get(`${item.supplierId}\u0000${item.line.sku}`)!;
    const next = fields(item);
    await tx.listing.update({
      where: { id: current.id },
      data: { ...next, ...(mode.publish ? { status: "PUBLISHED" as const, publishedAt: current.publishedAt ?? now } : {}) },
      select: { id: true },
    });
    // A supplier's own import follows the console's rule: new wording goes back to review, new prices apply at once.
    if (mode.scope && mode.actor) {
      const column = (field: (typeof reviewedFields)[number]) => (field === "category" ? "categoryId" : field);
      const changed = reviewedFields.some((field) => canonical(field, current[column(field)]) !== canonical(field, next[column(field)]));
      if (changed) await reviewAgainIfPublished(tx, current, mode.actor, "catalog_import");
    }
    listingIds.set(`${item.supplierId}\u0000${item.line.sku}`, current.id);
  }
  if (updated.length) await tx.listingPriceTier.deleteMany({ where: { listingId: { in: updated.map((item) => byKey.get(`${item.supplierId}\u0000${item.line.sku}`)!.id) } } });
  await tx.listingPriceTier.createMany({
    data: batch.flatMap((item) => item.tiers.map((tier) => ({ listingId: listingIds.get(`${item.supplierId}\u0000${item.line.sku}`)!, ...tier }))),
  });
  await queueSearchUpdate(tx, [...listingIds.values()]);
  return { created: fresh.length, updated: updated.length };
}
