import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { buildExampleCatalog } from "@/lib/catalog/console-import/build-example-catalog";
import { getConsoleImport } from "@/lib/catalog/console-import/get-console-import";
import { listConsoleImports } from "@/lib/catalog/console-import/list-console-imports";
import { readCatalogUpload } from "@/lib/catalog/console-import/read-catalog-upload";
import { runConsoleImport } from "@/lib/catalog/console-import/run-console-import";
import { startConsoleImport } from "@/lib/catalog/console-import/start-console-import";
import { createActor } from "../support/factories";
import { setupTestDatabase } from "../support/setup-test-db";

const db = setupTestDatabase();

beforeAll(async () => {
  const names = (en: string) => ({ en, ru: en, kk: en, uz: en, zh: en });
  const building = await db().category.create({ data: { slug: "building", names: names("Building materials") } });
  for (const slug of ["ceramic-tiles", "pvc-pipe", "glass-wool"]) {
    await db().category.create({ data: { slug, parentId: building.id, names: names(slug) } });
  }
});

/** A supplier company (with a catalog code unless `code: null`) and one of its users. */
async function supplier(options: { code?: string | null; verified?: boolean } = {}): Promise<Actor & { code: string | null }> {
  const code = options.code === undefined ? `SUP-${randomUUID().slice(0, 8)}` : options.code;
  const organization = await db().organization.create({
    data: {
      type: "SUPPLIER",
      name: `Supplier ${code ?? "without code"}`,
      legalName: "Test Co., Ltd.",
      country: "CN",
      city: "Suzhou",
      code,
      verificationStatus: options.verified ? "VERIFIED" : "UNVERIFIED",
      verifiedAt: options.verified ? new Date() : null,
    },
    select: { id: true },
  });
  return { ...(await createActor(db(), { type: "SUPPLIER", organizationId: organization.id })), code };
}

const line = (overrides: Record<string, unknown> = {}) =>
  JSON.stringify({
    sku: "TILE-1",
    category: "ceramic-tiles",
    title: { en: "Porcelain tile 600x600", zh: "瓷砖 600x600" },
    hsCode: "6907.21",
    unit: "m²",
    moq: 100,
    currency: "CNY",
    priceTiers: [{ minQty: 100, unitPrice: "40.00" }, { minQty: 1000, unitPrice: "36.50" }],
    leadTimeDays: 15,
    incoterms: ["FOB Shanghai"],
    certifications: ["CE"],
    ...overrides,
  });

/** Starts an import and runs its background half right here, as `after()` would once the response is sent. */
async function importFile(actor: Actor, fileName: string, content: string, submitForReview = false) {
  let task: (() => Promise<void>) | undefined;
  const started = await startConsoleImport(db(), actor, { fileName, bytes: new TextEncoder().encode(content), submitForReview }, { maxBytes: 1_000_000, runInBackground: (run) => (task = run) });
  expect(started.import.status).toBe("RUNNING");
  await task!();
  return { started, result: await getConsoleImport(db(), actor, started.import.id) };
}

const listingsOf = (actor: Actor) => db().listing.findMany({ where: { supplierId: actor.organization.id }, orderBy: { sku: "asc" }, include: { priceTiers: { orderBy: { minQty: "asc" } } } });

describe("console catalog import", () => {
  it("writes only into the actor's own catalog; a line naming another supplier is reported", async () => {
    const me = await supplier();
    const other = await supplier();
    const file = [line({ sku: "A-1" }), line({ sku: "A-2", supplier: me.code }), line({ sku: "A-3", supplier: other.code }), line({ sku: "A-4", supplier: "SUP-NOBODY" }), line({ sku: "A-5", supplier: "" })].join("\n");
    const { started, result } = await importFile(me, "mine.jsonl", file);
    expect(started.totalLines).toBe(5);
    expect(result).toMatchObject({ status: "SUCCEEDED", linesDone: 5, created: 3, updated: 0, failed: 2 });
    expect(result.finishedAt).not.toBeNull();
    // Another supplier's code and an unknown one read the same: nothing about other companies leaks.
    expect(result.issues).toEqual([
      { line: 3, sku: "A-3", field: "supplier", key: "field.supplier_not_yours" },
      { line: 4, sku: "A-4", field: "supplier", key: "field.supplier_not_yours" },
    ]);
    expect((await listingsOf(me)).map((l) => l.sku)).toEqual(["A-1", "A-2", "A-5"]);
    expect(await db().listing.count({ where: { supplierId: other.organization.id } })).toBe(0);
    const audit = await db().auditEvent.findFirstOrThrow({ where: { action: "catalog.imported", targetId: started.import.id } });
    expect(audit).toMatchObject({ organizationId: me.organization.id, actorUserId: me.userId, targetType: "CatalogImport", data: { lines: 5, created: 3, failed: 2 } });
  });

  it("imports for a supplier without a code when lines leave the supplier out", async () => {
    const me = await supplier({ code: null });
    const { result } = await importFile(me, "no-code.jsonl", [line({ sku: "N-1" }), line({ sku: "N-2", supplier: "SUP-0001" })].join("\n"));
    expect(result).toMatchObject({ created: 1, failed: 1, issues: [{ line: 2, key: "field.supplier_not_yours" }] });
  });

  it("is idempotent: importing the same file again updates, never duplicates", async () => {
    const me = await supplier();
    const file = [line({ sku: "I-1" }), line({ sku: "I-2", priceTiers: [{ minQty: 100, unitPrice: "9.99" }] })].join("\n");
    const first = await importFile(me, "catalog.jsonl", file);
    const before = await listingsOf(me);
    const again = await importFile(me, "catalog.jsonl", file);
    expect(first.result).toMatchObject({ created: 2, updated: 0, failed: 0 });
    expect(again.result).toMatchObject({ created: 0, updated: 2, failed: 0 });
    const after = await listingsOf(me);
    expect(after.map((l) => [l.id, l.status, l.priceTiers.length])).toEqual(before.map((l) => [l.id, l.status, l.priceTiers.length]));
    expect(after[1]!.priceTiers.map((t) => t.unitPriceMinor)).toEqual([999n]);
  });

  it("never publishes: drafts, or review for a verified supplier who asks for it", async () => {
    const unverified = await supplier();
    const asked = await importFile(unverified, "u.jsonl", line({ sku: "S-1" }), true);
    expect(asked.started.submitForReview).toBe(false);
    expect(await listingsOf(unverified)).toMatchObject([{ status: "DRAFT", submittedAt: null, publishedAt: null }]);

    const verified = await supplier({ verified: true });
    await importFile(verified, "v.jsonl", line({ sku: "S-2" }));
    const submitted = await importFile(verified, "v2.jsonl", line({ sku: "S-3" }), true);
    expect(submitted.started.submitForReview).toBe(true);
    const [draft, pending] = await listingsOf(verified);
    expect(draft).toMatchObject({ sku: "S-2", status: "DRAFT", submittedAt: null });
    expect(pending).toMatchObject({ sku: "S-3", status: "PENDING_REVIEW", publishedAt: null });
    expect(pending!.submittedAt).toBeInstanceOf(Date);
  });

  it("sends a published listing back to review when reviewed fields change; prices alone apply at once", async () => {
    const me = await supplier({ verified: true });
    await importFile(me, "first.jsonl", [line({ sku: "P-TEXT" }), line({ sku: "P-PRICE" }), line({ sku: "P-ARCH" }), line({ sku: "P-SAME", certifications: ["CE", "EAC"] })].join("\n"));
    const publishedAt = new Date("2025-01-01T00:00:00Z");
    await db().listing.updateMany({ where: { supplierId: me.organization.id, sku: { in: ["P-TEXT", "P-PRICE", "P-SAME"] } }, data: { status: "PUBLISHED", publishedAt } });
    await db().listing.updateMany({ where: { supplierId: me.organization.id, sku: "P-ARCH" }, data: { status: "ARCHIVED" } });

    const { result } = await importFile(
      me,
      "second.jsonl",
      [
        line({ sku: "P-TEXT", title: { en: "Porcelain tile 600x600, polished", zh: "抛光瓷砖 600x600" } }),
        line({ sku: "P-PRICE", moq: 200, priceTiers: [{ minQty: 200, unitPrice: "35.00" }], leadTimeDays: 30, incoterms: ["DAP Almaty"] }),
        line({ sku: "P-ARCH", title: { en: "Renamed while archived" } }),
        // Same content, keys in another order and certifications reordered: not a change.
        JSON.stringify({ ...JSON.parse(line({ sku: "P-SAME", certifications: ["EAC", "CE"] })), title: { zh: "瓷砖 600x600", en: "Porcelain tile 600x600" } }),
      ].join("\n"),
    );
    expect(result).toMatchObject({ updated: 4, failed: 0 });
    const bySku = new Map((await listingsOf(me)).map((l) => [l.sku, l]));
    expect(bySku.get("P-TEXT")).toMatchObject({ status: "PENDING_REVIEW", title: { en: "Porcelain tile 600x600, polished" } });
    expect(bySku.get("P-TEXT")!.submittedAt).toBeInstanceOf(Date);
    expect(bySku.get("P-PRICE")).toMatchObject({ status: "PUBLISHED", publishedAt, moq: 200, leadTimeDays: 30 });
    expect(bySku.get("P-PRICE")!.priceTiers.map((t) => [t.minQty, t.unitPriceMinor])).toEqual([[200, 3500n]]);
    expect(bySku.get("P-ARCH")).toMatchObject({ status: "ARCHIVED", title: { en: "Renamed while archived" } });
    expect(bySku.get("P-SAME")).toMatchObject({ status: "PUBLISHED" });
    expect(await db().auditEvent.count({ where: { action: "listing.resubmitted", targetId: bySku.get("P-TEXT")!.id } })).toBe(1);
    // Every written listing is queued for the search index.
    const queued = (await db().outboxMessage.findMany({ where: { topic: "search.listings" } })).flatMap((m) => (m.payload as { ids: string[] }).ids);
    for (const listing of bySku.values()) expect(queued).toContain(listing.id);
  });

  it("runs one import per organization at a time", async () => {
    const me = await supplier();
    const upload = { fileName: "a.jsonl", bytes: new TextEncoder().encode(line({ sku: "C-1" })), submitForReview: false };
    let task: (() => Promise<void>) | undefined;
    const first = await startConsoleImport(db(), me, upload, { maxBytes: 1_000_000, runInBackground: (run) => (task = run) });
    await expect(startConsoleImport(db(), me, upload, { maxBytes: 1_000_000, runInBackground: () => {} })).rejects.toMatchObject({
      code: "CONFLICT",
      details: { messageKey: "listing.import_running" },
    });
    // Another company is not held up.
    const other = await supplier();
    await expect(importFile(other, "b.jsonl", line({ sku: "C-2" }))).resolves.toMatchObject({ result: { status: "SUCCEEDED" } });
    await task!();
    expect(await getConsoleImport(db(), me, first.import.id)).toMatchObject({ status: "SUCCEEDED", created: 1 });
    await expect(importFile(me, "a.jsonl", line({ sku: "C-1" }))).resolves.toMatchObject({ result: { status: "SUCCEEDED", updated: 1 } });
  });

  it("shows a RUNNING import that stopped reporting as FAILED, and the next import closes it", async () => {
    const me = await supplier();
    const stale = await db().catalogImport.create({ data: { organizationId: me.organization.id, userId: me.userId, fileName: "old.csv", byteSize: 10, linesDone: 40 } });
    await db().$executeRaw`UPDATE "CatalogImport" SET "updatedAt" = now() - interval '11 minutes' WHERE id = ${stale.id}::uuid`;
    expect(await getConsoleImport(db(), me, stale.id)).toMatchObject({ status: "FAILED", linesDone: 40 });
    expect((await listConsoleImports(db(), me))[0]).toMatchObject({ id: stale.id, status: "FAILED" });

    const { result } = await importFile(me, "new.jsonl", line({ sku: "R-1" }));
    expect(result.status).toBe("SUCCEEDED");
    const closed = await db().catalogImport.findUniqueOrThrow({ where: { id: stale.id } });
    expect(closed.status).toBe("FAILED");
    expect(closed.finishedAt).not.toBeNull();
    expect((await listConsoleImports(db(), me)).map((i) => i.fileName)).toEqual(["new.jsonl", "old.csv"]);
  });

  it("a fresh RUNNING import still blocks a new one", async () => {
    const me = await supplier();
    await db().catalogImport.create({ data: { organizationId: me.organization.id, userId: me.userId, fileName: "live.csv", byteSize: 10 } });
    await expect(importFile(me, "x.jsonl", line())).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("does not let another organization read or list my import", async () => {
    const me = await supplier();
    const { started } = await importFile(me, "secret.jsonl", line({ sku: "X-1" }));
    const other = await supplier();
    await expect(getConsoleImport(db(), other, started.import.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getConsoleImport(db(), other, "not-a-uuid")).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await listConsoleImports(db(), other)).toEqual([]);
    const buyer = await createActor(db(), { type: "BUYER" });
    await expect(getConsoleImport(db(), buyer, started.import.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(importFile(buyer, "b.jsonl", line())).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("reports each bad CSV line by its line number in the file", async () => {
    const me = await supplier();
    const csv = [
      "sku,supplier,category,title.en,title.zh,description.en,hsCode,unit,moq,currency,priceTiers,leadTimeDays,incoterms,certifications",
      `CSV-1,${me.code},ceramic-tiles,Porcelain tile,瓷砖,,6907.21,m²,100,CNY,100:40.00;1000:36.50,15,FOB Shanghai;DAP Almaty,CE;EAC`,
      "CSV-2,,ceramic-tiles,Bad HS code,,,69,m²,100,CNY,100:40.00,15,FOB Shanghai,",
      "",
      'CSV-3,,pvc-pipe,"PVC pipe, 110 mm","PVC 管",,3917.23,m,500,CNY,500:12.80,20,EXW,',
      'CSV-4,,pvc-pipe,"Pipe with a',
      'two-line title",,,3917.23,m,500,CNY,500:12.80;400:11.00,20,EXW,',
      "CSV-5,,building,Top-level category,,,6907.21,m²,100,CNY,100:40.00,15,FOB Shanghai,",
      "CSV-6,,ceramic-tiles,Tile,,,6907.21,m²,100,RUB,100:40.00,15,FOB Shanghai,",
      "CSV-7,,ceramic-tiles,,,,6907.21,m²,100,CNY,100:40.00,15,FOB Shanghai,",
      "CSV-8,,ceramic-tiles,Tile,,,6907.21,m²,100,CNY,100:40.00,15,FOB,",
      "CSV-9,,no-such-category,Tile,,,6907.21,m²,100,CNY,100:40.00,15,FOB Shanghai,",
    ].join("\r\n");
    const { started, result } = await importFile(me, "Catalog.CSV", csv);
    // Nine rows; line 4 is blank, CSV-4 spans lines 6–7 and is reported where it starts.
    expect(started.totalLines).toBe(9);
    expect(result).toMatchObject({ status: "SUCCEEDED", linesDone: 9, created: 2, failed: 7 });
    expect(result.issues.map((i) => [i.line, i.sku, i.field, i.key])).toEqual([
      [3, "CSV-2", "hsCode", "field.hs_code_invalid"],
      [6, "CSV-4", "priceTiers.1.minQty", "field.tiers_not_ascending"],
      [8, "CSV-5", "category", "field.category_not_leaf"],
      [9, "CSV-6", "currency", "field.currency_not_allowed"],
      [10, "CSV-7", "title", "field.text_en_or_zh_required"],
      [11, "CSV-8", "incoterms.0", "field.incoterm_invalid"],
      [12, "CSV-9", "category", "field.unknown_category"],
    ]);
    expect((await listingsOf(me)).map((l) => [l.sku, l.title])).toEqual([
      ["CSV-1", { en: "Porcelain tile", zh: "瓷砖" }],
      ["CSV-3", { en: "PVC pipe, 110 mm", zh: "PVC 管" }],
    ]);
  });

  it("reports each bad JSON line by its line number in the file", async () => {
    const me = await supplier();
    const jsonl = [
      line({ sku: "J-1" }),
      "{ not json",
      "",
      line({ sku: "J-2", moq: 0 }),
      line({ sku: "J-3", priceTiers: [{ minQty: 50, unitPrice: "1.00" }] }),
      line({ sku: "J-4", priceTiers: [{ minQty: 100, unitPrice: "1.005" }] }),
      line({ sku: "bad sku!" }),
      JSON.stringify([1, 2, 3]),
      line({ sku: "J-5", unit: "barrel" }),
      line({ sku: "J-1", leadTimeDays: 20 }),
    ].join("\n");
    const { result } = await importFile(me, "catalog.jsonl", jsonl);
    expect(result).toMatchObject({ created: 1, updated: 1, failed: 7 });
    expect(result.issues.map((i) => [i.line, i.key])).toEqual([
      [2, "field.line_not_json"],
      [4, "field.quantity_invalid"],
      [5, "field.first_tier_not_moq"],
      [6, "field.price_invalid"],
      [7, "field.sku_invalid"],
      [8, "field.required"],
      [9, "field.unit_invalid"],
    ]);
    // The later line for the same SKU wins.
    expect(await listingsOf(me)).toMatchObject([{ sku: "J-1", leadTimeDays: 20 }]);
  });

  it("refuses a missing, oversized or unknown kind of file before creating a job", async () => {
    const me = await supplier();
    const start = (fileName: string, content: string, maxBytes = 1_000) =>
      startConsoleImport(db(), me, { fileName, bytes: new TextEncoder().encode(content), submitForReview: false }, { maxBytes, runInBackground: () => {} });
    await expect(start("empty.csv", "")).rejects.toMatchObject({ code: "VALIDATION_FAILED", details: { fields: { file: "field.file_required" } } });
    await expect(start("big.jsonl", line(), 10)).rejects.toMatchObject({ code: "VALIDATION_FAILED", details: { fields: { file: "field.file_too_large" } } });
    await expect(start("catalog.xlsx", "PK…")).rejects.toMatchObject({ code: "VALIDATION_FAILED", details: { fields: { file: "field.catalog_file_type" } } });
    expect(await db().catalogImport.count({ where: { organizationId: me.organization.id } })).toBe(0);
  });

  it("reads a CSV that Excel saved in GB 18030", async () => {
    const me = await supplier();
    const header = "sku,category,title.zh,hsCode,unit,moq,currency,priceTiers,leadTimeDays,incoterms\n";
    // "瓷砖" in GB 18030 is B4 C9 D7 A9; the rest is ASCII.
    const bytes = Uint8Array.from([...new TextEncoder().encode(`${header}GB-1,ceramic-tiles,`), 0xb4, 0xc9, 0xd7, 0xa9, ...new TextEncoder().encode(",6907.21,m,100,CNY,100:40.00,15,EXW\n")]);
    let task: (() => Promise<void>) | undefined;
    await startConsoleImport(db(), me, { fileName: "excel.csv", bytes, submitForReview: false }, { maxBytes: 1_000_000, runInBackground: (run) => (task = run) });
    await task!();
    expect(await listingsOf(me)).toMatchObject([{ sku: "GB-1", title: { zh: "瓷砖" } }]);
  });

  it("marks the job FAILED with an internal issue when the import crashes, keeping committed batches", async () => {
    const me = await supplier();
    const started = await startConsoleImport(db(), me, { fileName: "crash.jsonl", bytes: new TextEncoder().encode(line({ sku: "K-1" })), submitForReview: false }, { maxBytes: 1_000_000, runInBackground: () => {} });
    // A job for an organization that does not exist: the listing insert breaks its foreign key.
    const job = { importId: started.import.id, organizationId: randomUUID(), userId: me.userId, supplierCode: null, submitForReview: false, records: [{ line: 1, value: JSON.parse(line({ sku: "K-1" })) as unknown }] };
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      await runConsoleImport(db(), job);
      expect(logged).toHaveBeenCalledOnce();
    } finally {
      logged.mockRestore();
    }
    expect(await getConsoleImport(db(), me, started.import.id)).toMatchObject({ status: "FAILED", issues: [{ line: 0, key: "code.INTERNAL" }] });
  });

  it("offers example files that import cleanly", async () => {
    for (const format of ["csv", "jsonl"] as const) {
      const me = await supplier();
      const { started, result } = await importFile(me, `example.${format}`, buildExampleCatalog(format));
      expect(started.totalLines).toBe(3);
      expect(result).toMatchObject({ status: "SUCCEEDED", created: 3, failed: 0, issues: [] });
    }
  });
});

describe("the upload form", () => {
  const post = (body: BodyInit, headers: HeadersInit = {}) => new Request("http://karavan.test/api/v1/catalog-imports", { method: "POST", body, headers });

  it("reads the file and the review flag from multipart/form-data", async () => {
    const form = new FormData();
    form.set("file", new File(["{}\n"], "catalog.jsonl", { type: "application/jsonl" }));
    form.set("submitForReview", "true");
    const upload = await readCatalogUpload(post(form), 1_000);
    expect(upload).toMatchObject({ fileName: "catalog.jsonl", submitForReview: true });
    expect(new TextDecoder().decode(upload.bytes)).toBe("{}\n");
  });

  it("refuses a missing file, a declared oversized body and a non-multipart request", async () => {
    const empty = new FormData();
    empty.set("submitForReview", "true");
    await expect(readCatalogUpload(post(empty), 1_000)).rejects.toMatchObject({ code: "VALIDATION_FAILED", details: { fields: { file: "field.file_required" } } });
    const big = new FormData();
    big.set("file", new File(["x".repeat(200_000)], "big.csv"));
    await expect(readCatalogUpload(post(big, { "content-length": "200400" }), 1_000)).rejects.toMatchObject({ details: { fields: { file: "field.file_too_large" } } });
    await expect(readCatalogUpload(post("{}", { "content-type": "application/json" }), 1_000)).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});
