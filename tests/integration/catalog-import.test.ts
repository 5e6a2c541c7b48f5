import { readFileSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { importCatalog } from "@/lib/catalog/import-catalog";
import { importSuppliers } from "@/lib/catalog/import-suppliers";
import { readCatalogFile } from "@/lib/catalog/read-catalog-file";
import { defaultTaxonomyFile } from "@/lib/seed/taxonomy-file";
import { importTaxonomy } from "@/lib/taxonomy/import-taxonomy";
import { setupTestDatabase } from "../support/setup-test-db";

const db = setupTestDatabase();
const sharedData = path.resolve("../shared/data");
const hasSharedCatalog = (() => {
  try {
    readFileSync(path.join(sharedData, "catalog-5k.jsonl"));
    return true;
  } catch {
    return false;
  }
})();

beforeAll(async () => {
  await importTaxonomy(db(), JSON.parse(readFileSync(defaultTaxonomyFile(), "utf8")), { actor: null });
  await importSuppliers(db(), { suppliers: [{ code: "SUP-T1", name: { en: "Test Cable Co.", zh: "测试电缆有限公司" }, city: "Suzhou" }] }, { verify: true, actor: null });
});

const line = (overrides: Record<string, unknown> = {}) =>
  JSON.stringify({
    sku: "T1-CABLE-001",
    supplier: "SUP-T1",
    category: "copper-power-cable",
    title: { en: "Copper power cable 3x2.5", zh: "铜芯电力电缆 3x2.5", ru: "Медный силовой кабель 3x2,5" },
    description: { en: "PVC insulated.", zh: "PVC绝缘。" },
    hsCode: "8544.49",
    unit: "m",
    moq: 1000,
    currency: "CNY",
    priceTiers: [{ minQty: 1000, unitPrice: "12.40" }, { minQty: 5000, unitPrice: "11.90" }],
    leadTimeDays: 20,
    incoterms: ["FOB Shanghai", "EXW"],
    certifications: ["CCC", "EAC"],
    ...overrides,
  });

async function writeTemp(name: string, content: string) {
  const file = path.join(tmpdir(), `${process.pid}-${name}`);
  await writeFile(file, content);
  return file;
}

describe("catalog import", () => {
  it("imports valid lines, reports each bad one by line number, and keeps prices exact", async () => {
    const file = await writeTemp(
      "mixed.jsonl",
      [
        line(),
        "{ not json",
        line({ sku: "T1-2", supplier: "SUP-NOPE" }),
        line({ sku: "T1-3", category: "cables" }),
        line({ sku: "T1-4", hsCode: "85" }),
        line({ sku: "T1-5", priceTiers: [{ minQty: 1000, unitPrice: "5.00" }, { minQty: 900, unitPrice: "4.00" }] }),
        line({ sku: "T1-6", priceTiers: [{ minQty: 10, unitPrice: "5.00" }] }),
        line({ sku: "T1-7", title: { ru: "Только по-русски" } }),
        line({ sku: "T1-8", priceTiers: [{ minQty: 1000, unitPrice: "5.001" }] }),
        "",
        line({ sku: "T1-9", incoterms: ["XYZ Almaty"] }),
        line({ sku: "T1-CABLE-001", leadTimeDays: 25 }),
      ].join("\n"),
    );
    const report = await importCatalog(db(), readCatalogFile(file), { publish: false, actor: null, batchSize: 3 });
    expect(report).toMatchObject({ lines: 11, created: 1, updated: 1, failed: 9 });
    expect(report.issues.map((i) => [i.line, i.key])).toEqual([
      [2, "field.line_not_json"],
      [3, "field.unknown_supplier"],
      [4, "field.category_not_leaf"],
      [5, "field.hs_code_invalid"],
      [6, "field.tiers_not_ascending"],
      [7, "field.first_tier_not_moq"],
      [8, "field.text_en_or_zh_required"],
      [9, "field.price_invalid"],
      [11, "field.incoterm_invalid"],
    ]);
    const listing = await db().listing.findFirstOrThrow({ where: { sku: "T1-CABLE-001" }, include: { priceTiers: { orderBy: { minQty: "asc" } } } });
    // The later line for the same SKU wins.
    expect(listing.leadTimeDays).toBe(25);
    expect(listing.status).toBe("DRAFT");
    expect(listing.incoterms).toEqual([{ term: "FOB", place: "Shanghai" }, { term: "EXW", place: null }]);
    expect(listing.priceTiers.map((t) => [t.minQty, t.unitPriceMinor])).toEqual([[1000, 1240n], [5000, 1190n]]);
    expect(await db().listing.count({ where: { sku: { startsWith: "T1-" } } })).toBe(1);
  });

  it("reads CSV with per-locale columns and minQty:price tiers", async () => {
    const csv = [
      "sku,supplier,category,title.en,title.zh,title.kk,hsCode,unit,moq,currency,priceTiers,leadTimeDays,incoterms,certifications",
      'T1-CSV-1,SUP-T1,copper-power-cable,"Copper cable, armoured",铠装铜缆,Мыс кабель,8544.49,m,500,CNY,500:20.00;2000:18.50,30,DAP Almaty;FCA Suzhou,EAC;CCC',
      "T1-CSV-2,SUP-T1,copper-power-cable,,,,8544.49,m,500,CNY,500:20.00,30,DAP Almaty,",
    ].join("\n");
    const report = await importCatalog(db(), readCatalogFile(await writeTemp("listings.csv", csv)), { publish: true, actor: null });
    expect(report).toMatchObject({ lines: 2, created: 1, failed: 1 });
    expect(report.issues[0]).toMatchObject({ line: 3, sku: "T1-CSV-2", key: "field.text_en_or_zh_required" });
    const listing = await db().listing.findFirstOrThrow({ where: { sku: "T1-CSV-1" }, include: { priceTiers: true } });
    expect(listing).toMatchObject({ status: "PUBLISHED", title: { en: "Copper cable, armoured", zh: "铠装铜缆", kk: "Мыс кабель" }, certifications: ["EAC", "CCC"] });
    expect(listing.publishedAt).not.toBeNull();
    expect(listing.priceTiers).toHaveLength(2);
  });

  it.skipIf(!hasSharedCatalog)("imports the shared 5,000-listing catalog, idempotently", async () => {
    await importSuppliers(db(), JSON.parse(readFileSync(path.join(sharedData, "suppliers.json"), "utf8")), { verify: true, actor: null });
    const file = path.join(sharedData, "catalog-5k.jsonl");
    const before = await db().listing.count();
    const first = await importCatalog(db(), readCatalogFile(file), { publish: true, actor: null });
    expect(first).toMatchObject({ lines: 5000, created: 5000, updated: 0, failed: 0 });
    const tiers = await db().listingPriceTier.count();
    const again = await importCatalog(db(), readCatalogFile(file), { publish: true, actor: null });
    expect(again).toMatchObject({ lines: 5000, created: 0, updated: 5000, failed: 0 });
    expect(await db().listing.count()).toBe(before + 5000);
    expect(await db().listingPriceTier.count()).toBe(tiers);
    expect(await db().auditEvent.count({ where: { action: "catalog.imported" } })).toBeGreaterThanOrEqual(2);
  }, 180_000);
});

describe("CSV line numbers", () => {
  it("numbers rows by the line they start on, across blank lines and multi-line values (CLI and console alike)", async () => {
    const { catalogCsvRecords } = await import("@/lib/catalog/read-catalog-file");
    const text = 'sku,title.en\nA-1,First\n\nB-2,"Two\nlines"\nC-3,Third\n';
    expect(catalogCsvRecords(text).map((r) => r.line)).toEqual([2, 4, 6]);
  });
});
