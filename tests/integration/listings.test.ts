import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { loadActor } from "@/lib/auth/load-actor";
import type { Actor } from "@/lib/auth/actor";
import { changeListingStatus } from "@/lib/listings/change-listing-status";
import { createListing } from "@/lib/listings/create-listing";
import { duplicateListing } from "@/lib/listings/duplicate-listing";
import { listOwnListings } from "@/lib/listings/list-own-listings";
import { listReviewQueue } from "@/lib/listings/list-review-queue";
import { reviewListing } from "@/lib/listings/review-listing";
import { updateListing } from "@/lib/listings/update-listing";
import { getListing } from "@/lib/catalog/get-listing";
import { defaultTaxonomyFile } from "@/lib/seed/taxonomy-file";
import { importTaxonomy } from "@/lib/taxonomy/import-taxonomy";
import { createActor } from "../support/factories";
import { setupTestDatabase } from "../support/setup-test-db";

const db = setupTestDatabase();

beforeAll(async () => {
  await importTaxonomy(db(), JSON.parse(readFileSync(defaultTaxonomyFile(), "utf8")), { actor: null });
});

const input = (overrides: Record<string, unknown> = {}) => ({
  sku: "CAB-3x2.5",
  category: "copper-power-cable",
  title: { en: "Copper power cable 3x2.5", zh: "铜芯电力电缆 3x2.5", ru: "" },
  description: { ru: "Изоляция ПВХ." },
  hsCode: "8544.49",
  unit: "m",
  moq: 1000,
  currency: "CNY",
  priceTiers: [
    { minQty: 1000, unitPrice: "12.40" },
    { minQty: 5000, unitPrice: "11.9" },
  ],
  leadTimeDays: 20,
  incoterms: [{ term: "FOB", place: "Shanghai" }, { term: "EXW" }],
  certifications: ["CCC", "EAC"],
  specifications: { "Cross-section": "3×2.5 mm²" },
  ...overrides,
});

async function verifiedSupplier(): Promise<Actor> {
  const actor = await createActor(db(), { type: "SUPPLIER" });
  await db().organization.update({ where: { id: actor.organization.id }, data: { verificationStatus: "VERIFIED", verifiedAt: new Date() } });
  return (await loadActor(db(), actor.userId, "session"))!;
}

const moderator = () => createActor(db(), { type: "HUB", roles: ["moderator"] });
const statusOf = async (id: string) => (await db().listing.findUniqueOrThrow({ where: { id } })).status;
const outboxFor = async (id: string) => (await db().outboxMessage.findMany({ where: { topic: "search.listings" } })).filter((row) => JSON.stringify(row.payload).includes(id)).length;

describe("listing workflow", () => {
  it("creates a draft with prices in minor units, text without empty locales, and an audit event", async () => {
    const supplier = await verifiedSupplier();
    const { id } = await createListing(db(), supplier, input());
    const row = await db().listing.findUniqueOrThrow({ where: { id }, include: { priceTiers: { orderBy: { minQty: "asc" } } } });
    expect(row.status).toBe("DRAFT");
    expect(row.title).toEqual({ en: "Copper power cable 3x2.5", zh: "铜芯电力电缆 3x2.5" });
    expect(row.incoterms).toEqual([{ term: "FOB", place: "Shanghai" }, { term: "EXW", place: null }]);
    expect(row.priceTiers.map((tier) => tier.unitPriceMinor)).toEqual([1240n, 1190n]);
    expect(await db().auditEvent.count({ where: { action: "listing.created", targetId: id } })).toBe(1);
  });

  it("rejects bad input field by field and writes nothing", async () => {
    const supplier = await verifiedSupplier();
    const bad = input({ hsCode: "85-44", title: { ru: "Кабель" }, priceTiers: [{ minQty: 500, unitPrice: "12,40" }], category: "cables" });
    await expect(createListing(db(), supplier, bad)).rejects.toMatchObject({
      code: "VALIDATION_FAILED",
      details: { fields: { hsCode: "field.hs_code_invalid", title: "field.text_en_or_zh_required", "priceTiers.0.unitPrice": "field.price_invalid" } },
    });
    await expect(createListing(db(), supplier, input({ category: "no-such-category" }))).rejects.toMatchObject({ details: { fields: { category: "field.unknown_category" } } });
    const top = await db().category.findFirstOrThrow({ where: { parentId: null } });
    await expect(createListing(db(), supplier, input({ category: top.slug }))).rejects.toMatchObject({ details: { fields: { category: "field.category_not_leaf" } } });
    await expect(createListing(db(), supplier, input({ priceTiers: [{ minQty: 1000, unitPrice: "1" }, { minQty: 1000, unitPrice: "0.9" }] }))).rejects.toMatchObject({
      details: { fields: { "priceTiers.1.minQty": "field.tiers_not_ascending" } },
    });
    expect(await db().listing.count({ where: { supplierId: supplier.organization.id } })).toBe(0);
  });

  it("keeps SKUs unique per supplier but not across suppliers", async () => {
    const a = await verifiedSupplier();
    const b = await verifiedSupplier();
    await createListing(db(), a, input());
    await expect(createListing(db(), a, input())).rejects.toMatchObject({ code: "CONFLICT", details: { fields: { sku: "field.sku_taken" } } });
    await expect(createListing(db(), b, input())).resolves.toMatchObject({ id: expect.any(String) });
  });

  it("goes draft → review → published, visible to buyers and queued for search only then", async () => {
    const supplier = await verifiedSupplier();
    const hub = await moderator();
    const buyer = await createActor(db(), { type: "BUYER" });
    const { id } = await createListing(db(), supplier, input());
    await expect(getListing(db(), id, "en", buyer)).rejects.toMatchObject({ code: "NOT_FOUND" });

    await changeListingStatus(db(), supplier, id, "submit");
    expect(await statusOf(id)).toBe("PENDING_REVIEW");
    expect((await listReviewQueue(db(), hub)).listings.map((l) => l.id)).toContain(id);

    await reviewListing(db(), hub, id, { decision: "approve" });
    const row = await db().listing.findUniqueOrThrow({ where: { id } });
    expect(row.status).toBe("PUBLISHED");
    expect(row.publishedAt).toBeInstanceOf(Date);
    expect((await getListing(db(), id, "en", buyer)).title.text).toBe("Copper power cable 3x2.5");
    expect(await outboxFor(id)).toBeGreaterThanOrEqual(2);
    expect(await db().auditEvent.count({ where: { targetId: id, action: { in: ["listing.submitted", "listing.approved"] } } })).toBe(2);
  });

  it("rejects with a reason the supplier sees, and lets the supplier fix and resubmit", async () => {
    const supplier = await verifiedSupplier();
    const hub = await moderator();
    const { id } = await createListing(db(), supplier, input());
    await changeListingStatus(db(), supplier, id, "submit");
    await expect(reviewListing(db(), hub, id, { decision: "reject", reason: " " })).rejects.toMatchObject({ details: { fields: { reason: "field.reason_required" } } });
    await reviewListing(db(), hub, id, { decision: "reject", reason: "Photos show a different product." });
    const rejected = await db().listing.findUniqueOrThrow({ where: { id } });
    expect(rejected).toMatchObject({ status: "REJECTED", rejectionReason: "Photos show a different product." });
    await updateListing(db(), supplier, id, { title: { en: "Copper power cable 3×2.5 mm²" } }, "patch");
    expect(await statusOf(id)).toBe("REJECTED");
    await changeListingStatus(db(), supplier, id, "submit");
    expect(await db().listing.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "PENDING_REVIEW", rejectionReason: null });
  });

  it("refuses to submit for an unverified supplier", async () => {
    const supplier = await createActor(db(), { type: "SUPPLIER" });
    const { id } = await createListing(db(), supplier, input());
    await expect(changeListingStatus(db(), supplier, id, "submit")).rejects.toMatchObject({ code: "CONFLICT", details: { messageKey: "listing.supplier_not_verified" } });
    expect(await statusOf(id)).toBe("DRAFT");
  });

  it("sends a published listing back to review when its text changes, not when its prices do", async () => {
    const supplier = await verifiedSupplier();
    const hub = await moderator();
    const { id } = await createListing(db(), supplier, input());
    await changeListingStatus(db(), supplier, id, "submit");
    await reviewListing(db(), hub, id, { decision: "approve" });

    const priced = await updateListing(db(), supplier, id, { priceTiers: [{ minQty: 1000, unitPrice: "12.10" }], leadTimeDays: 15 }, "patch");
    expect(priced).toMatchObject({ status: "PUBLISHED", changed: ["priceTiers", "leadTimeDays"] });
    expect((await db().listingPriceTier.findMany({ where: { listingId: id } })).map((t) => t.unitPriceMinor)).toEqual([1210n]);

    const retitled = await updateListing(db(), supplier, id, { title: { en: "Copper cable", zh: "铜芯电缆" } }, "patch");
    expect(retitled.status).toBe("PENDING_REVIEW");
    expect(await db().auditEvent.count({ where: { targetId: id, action: "listing.resubmitted" } })).toBe(1);
  });

  it("validates a PATCH against the merged listing (MOQ must still match the first tier)", async () => {
    const supplier = await verifiedSupplier();
    const { id } = await createListing(db(), supplier, input());
    await expect(updateListing(db(), supplier, id, { moq: 500 }, "patch")).rejects.toMatchObject({ details: { fields: { "priceTiers.0.minQty": "field.first_tier_not_moq" } } });
    await expect(updateListing(db(), supplier, id, { status: "PUBLISHED" }, "patch")).rejects.toMatchObject({ code: "VALIDATION_FAILED" });
    expect(await statusOf(id)).toBe("DRAFT");
  });

  it("archives, refuses edits while archived, restores to draft", async () => {
    const supplier = await verifiedSupplier();
    const { id } = await createListing(db(), supplier, input());
    await changeListingStatus(db(), supplier, id, "archive");
    await expect(updateListing(db(), supplier, id, { leadTimeDays: 3 }, "patch")).rejects.toMatchObject({ code: "CONFLICT", details: { messageKey: "listing.archived_not_editable" } });
    await expect(changeListingStatus(db(), supplier, id, "archive")).rejects.toMatchObject({ code: "CONFLICT", details: { messageKey: "listing.wrong_status" } });
    await changeListingStatus(db(), supplier, id, "restore");
    expect(await statusOf(id)).toBe("DRAFT");
  });

  it("duplicates into a draft with a free SKU and the same prices", async () => {
    const supplier = await verifiedSupplier();
    const { id } = await createListing(db(), supplier, input());
    const first = await duplicateListing(db(), supplier, id);
    const second = await duplicateListing(db(), supplier, id);
    expect([first.sku, second.sku]).toEqual(["CAB-3x2.5-COPY", "CAB-3x2.5-COPY-2"]);
    const copy = await db().listing.findUniqueOrThrow({ where: { id: first.id }, include: { priceTiers: true } });
    expect(copy.status).toBe("DRAFT");
    expect(copy.priceTiers).toHaveLength(2);
  });

  it("lists only the supplier's own listings, with counts per status and text search", async () => {
    const a = await verifiedSupplier();
    const b = await verifiedSupplier();
    await createListing(db(), a, input());
    const { id } = await createListing(db(), a, input({ sku: "PV-450", category: "solar-panel", hsCode: "8541.43", unit: "pc", title: { en: "Solar panel 450 W", zh: "太阳能板 450W" } }));
    await changeListingStatus(db(), a, id, "submit");
    await createListing(db(), b, input({ sku: "B-ONLY" }));
    const all = await listOwnListings(db(), a, {});
    expect(all.listings.map((l) => l.sku).sort()).toEqual(["CAB-3x2.5", "PV-450"]);
    expect(all.counts).toMatchObject({ DRAFT: 1, PENDING_REVIEW: 1, PUBLISHED: 0 });
    expect((await listOwnListings(db(), a, { q: "solar" })).listings.map((l) => l.sku)).toEqual(["PV-450"]);
    expect((await listOwnListings(db(), a, { q: "太阳能" })).listings.map((l) => l.sku)).toEqual(["PV-450"]);
    expect((await listOwnListings(db(), a, { status: "DRAFT" })).listings.map((l) => l.sku)).toEqual(["CAB-3x2.5"]);
  });
});

describe("listing tenancy", () => {
  it("never lets one supplier touch another's listing (not found, nothing changes)", async () => {
    const owner = await verifiedSupplier();
    const other = await verifiedSupplier();
    const { id } = await createListing(db(), owner, input());
    await expect(updateListing(db(), other, id, { leadTimeDays: 1 }, "patch")).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(changeListingStatus(db(), other, id, "archive")).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(duplicateListing(db(), other, id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db().listing.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "DRAFT", leadTimeDays: 20 });
  });

  it("keeps buyers and non-moderator hub staff away from writing and reviewing", async () => {
    const owner = await verifiedSupplier();
    const buyer = await createActor(db(), { type: "BUYER" });
    const finance = await createActor(db(), { type: "HUB", roles: ["finance"] });
    const { id } = await createListing(db(), owner, input());
    await changeListingStatus(db(), owner, id, "submit");
    await expect(createListing(db(), buyer, input())).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(reviewListing(db(), finance, id, { decision: "approve" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(reviewListing(db(), owner, id, { decision: "approve" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await statusOf(id)).toBe("PENDING_REVIEW");
  });

  it("lets exactly one of two racing review decisions win", async () => {
    const owner = await verifiedSupplier();
    const hub = await moderator();
    const { id } = await createListing(db(), owner, input());
    await changeListingStatus(db(), owner, id, "submit");
    const results = await Promise.allSettled([reviewListing(db(), hub, id, { decision: "approve" }), reviewListing(db(), hub, id, { decision: "reject", reason: "Duplicate of another listing." })]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.filter((r) => r.status === "rejected")[0]).toMatchObject({ reason: { code: "CONFLICT" } });
    expect(await db().auditEvent.count({ where: { targetId: id, action: { in: ["listing.approved", "listing.rejected"] } } })).toBe(1);
  });
});

describe("demo review listings", () => {
  it("puts demo listings into review, draft and rejected through the services, once", async () => {
    const { seedDemo } = await import("@/lib/seed/seed-demo");
    const { seedDemoReviewListings } = await import("@/lib/seed/demo-review-listings");
    await seedDemo(db());
    expect(await seedDemoReviewListings(db())).toBe(4);
    expect(await seedDemoReviewListings(db())).toBe(0);
    const bySku = Object.fromEntries((await db().listing.findMany({ where: { sku: { startsWith: "DEMO-" } } })).map((row) => [row.sku, row.status]));
    expect(bySku).toEqual({ "DEMO-SANDWICH-100": "PENDING_REVIEW", "DEMO-BESS-10": "PENDING_REVIEW", "DEMO-INV-3K": "REJECTED", "DEMO-TILE-600": "DRAFT" });
  });
});
