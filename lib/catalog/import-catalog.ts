import type { Db, Tx } from "@/lib/db/create-client";
import { recordAudit, type AuditActor } from "@/lib/audit/record-audit";
import { toFieldErrors } from "@/lib/errors/validation";
import { decimalToMinor } from "@/lib/money/decimal";
import { queueSearchUpdate } from "@/lib/search/outbox-topics";
import { importLineSchema, type ImportLine } from "./import-line-schema";
import type { CatalogRecord } from "./read-catalog-file";

/** A rejected line: where, which listing, and a message key in the `errors` namespace. */
export type ImportIssue = { line: number; sku?: string; field?: string; key: string };
export type ImportReport = { lines: number; created: number; updated: number; failed: number; issues: ImportIssue[] };
export type ImportOptions = { publish: boolean; actor: AuditActor | null; batchSize?: number; onProgress?: (linesDone: number) => void };

type Resolved = { lineNumber: number; line: ImportLine; supplierId: string; categoryId: string; tiers: { minQty: number; unitPriceMinor: bigint }[] };

const maxIssues = 10_000;

/**
 * Imports listings, upserting by (supplier, SKU) so that importing the same file twice changes
 * nothing. Each line is validated on its own: a bad line is reported with its number and reason
 * and the good ones still land. Lines are written in batches, each in one transaction — a crash
 * never leaves a listing without its prices, and re-running the import finishes the job.
 */
export async function importCatalog(client: Db, records: AsyncIterable<CatalogRecord>, options: ImportOptions): Promise<ImportReport> {
  const report: ImportReport = { lines: 0, created: 0, updated: 0, failed: 0, issues: [] };
  const fail = (issue: ImportIssue) => {
    report.failed += 1;
    if (report.issues.length < maxIssues) report.issues.push(issue);
  };
  const suppliers = new Map((await client.organization.findMany({ where: { type: "SUPPLIER", code: { not: null } }, select: { id: true, code: true } })).map((s) => [s.code!, s.id]));
  const categories = new Map((await client.category.findMany({ select: { id: true, slug: true, parentId: true } })).map((c) => [c.slug, c]));

  let batch: Resolved[] = [];
  const keysInBatch = new Set<string>();
  const flush = async () => {
    if (!batch.length) return;
    const outcome = await client.$transaction((tx) => writeBatch(tx, batch, options.publish), { timeout: 60_000 });
    report.created += outcome.created;
    report.updated += outcome.updated;
    batch = [];
    keysInBatch.clear();
    options.onProgress?.(report.lines);
  };

  for await (const record of records) {
    report.lines += 1;
    if ("parseError" in record) {
      fail({ line: record.line, key: record.parseError });
      continue;
    }
    const parsed = importLineSchema.safeParse(record.value);
    if (!parsed.success) {
      const [field, key] = Object.entries(toFieldErrors(parsed.error))[0] ?? ["_line", "field.invalid"];
      fail({ line: record.line, sku: skuOf(record.value), field, key });
      continue;
    }
    const line = parsed.data;
    const supplierId = suppliers.get(line.supplier);
    const category = categories.get(line.category);
    if (!supplierId) {
      fail({ line: record.line, sku: line.sku, field: "supplier", key: "field.unknown_supplier" });
      continue;
    }
    if (!category || !category.parentId) {
      fail({ line: record.line, sku: line.sku, field: "category", key: category ? "field.category_not_leaf" : "field.unknown_category" });
      continue;
    }
    const tiers = line.priceTiers.map((tier) => ({ minQty: tier.minQty, unitPriceMinor: decimalToMinor(tier.unitPrice, line.currency)! }));
    const key = `${supplierId}\u0000${line.sku}`;
    // The same listing twice in a file: the later line wins, so write the earlier one first.
    if (keysInBatch.has(key)) await flush();
    batch.push({ lineNumber: record.line, line, supplierId, categoryId: category.id, tiers });
    keysInBatch.add(key);
    if (batch.length >= (options.batchSize ?? 250)) await flush();
  }
  await flush();

  await client.$transaction((tx) =>
    recordAudit(tx, {
      actor: options.actor,
      action: "catalog.imported",
      targetType: "Catalog",
      targetId: "listings",
      organizationId: null,
      data: { lines: report.lines, created: report.created, updated: report.updated, failed: report.failed, publish: options.publish },
    }),
  );
  return report;
}

function skuOf(value: unknown): string | undefined {
  const sku = (value as { sku?: unknown } | null)?.sku;
  return typeof sku === "string" ? sku.slice(0, 64) : undefined;
}

/**
 * Writes one batch with as few round trips as the data allows: new listings in one insert,
 * all their price tiers in one insert, the old tiers of updated listings in one delete; only
 * updates of existing listings go one statement each (each row has its own values).
 */
async function writeBatch(tx: Tx, batch: Resolved[], publish: boolean): Promise<{ created: number; updated: number }> {
  const existing = await tx.listing.findMany({
    where: { OR: batch.map((item) => ({ supplierId: item.supplierId, sku: item.line.sku })) },
    select: { id: true, supplierId: true, sku: true, publishedAt: true },
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
        data: fresh.map((item) => ({ ...fields(item), supplierId: item.supplierId, sku: item.line.sku, status: publish ? ("PUBLISHED" as const) : ("DRAFT" as const), publishedAt: publish ? now : null })),
        select: { id: true, supplierId: true, sku: true },
      })
    : [];
  const listingIds = new Map(inserted.map((row) => [`${row.supplierId}\u0000${row.sku}`, row.id]));

  const updated = batch.filter((item) => byKey.has(`${item.supplierId}\u0000${item.line.sku}`));
  for (const item of updated) {
    const current = byKey.get(`${item.supplierId}\u0000${item.line.sku}`)!;
    await tx.listing.update({
      where: { id: current.id },
      data: { ...fields(item), ...(publish ? { status: "PUBLISHED" as const, publishedAt: current.publishedAt ?? now } : {}) },
      select: { id: true },
    });
    listingIds.set(`${item.supplierId}\u0000${item.line.sku}`, current.id);
  }
  if (updated.length) await tx.listingPriceTier.deleteMany({ where: { listingId: { in: updated.map((item) => byKey.get(`${item.supplierId}\u0000${item.line.sku}`)!.id) } } });
  await tx.listingPriceTier.createMany({
    data: batch.flatMap((item) => item.tiers.map((tier) => ({ listingId: listingIds.get(`${item.supplierId}\u0000${item.line.sku}`)!, ...tier }))),
  });
  await queueSearchUpdate(tx, [...listingIds.values()]);
  return { created: fresh.length, updated: updated.length };
}
