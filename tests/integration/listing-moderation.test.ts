import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { loadActor } from "@/lib/auth/load-actor";
import { changeListingStatus } from "@/lib/listings/change-listing-status";
import { createListing } from "@/lib/listings/create-listing";
import { latestRejection } from "@/lib/listings/latest-rejection";
import { listReviewQueue, type ReviewQueueView } from "@/lib/listings/list-review-queue";
import { reviewListing } from "@/lib/listings/review-listing";
import { reviewListingsBulk } from "@/lib/listings/review-listings-bulk";
import { updateListing } from "@/lib/listings/update-listing";
import { renderNotificationText } from "@/lib/notify/notification-text";
import { defaultTaxonomyFile } from "@/lib/seed/taxonomy-file";
import { importTaxonomy } from "@/lib/taxonomy/import-taxonomy";
import { createActor } from "../support/factories";
import { setupTestDatabase } from "../support/setup-test-db";

const db = setupTestDatabase();

beforeAll(async () => {
  await importTaxonomy(db(), JSON.parse(readFileSync(defaultTaxonomyFile(), "utf8")), { actor: null });
});

let skuCounter = 0;
const input = (overrides: Record<string, unknown> = {}) => ({
  sku: `MOD-${++skuCounter}`,
  category: "copper-power-cable",
  title: { en: "Copper power cable 3x2.5", zh: "铜芯电力电缆 3x2.5" },
  description: { ru: "Изоляция ПВХ." },
  hsCode: "8544.49",
  unit: "m",
  moq: 1000,
  currency: "CNY",
  priceTiers: [
    { minQty: 1000, unitPrice: "12.40" },
    { minQty: 5000, unitPrice: "11.90" },
  ],
  leadTimeDays: 20,
  incoterms: [{ term: "FOB", place: "Shanghai" }],
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

/** A listing waiting for review. */
async function pending(supplier: Actor, overrides: Record<string, unknown> = {}): Promise<string> {
  const { id } = await createListing(db(), supplier, input(overrides));
  await changeListingStatus(db(), supplier, id, "submit");
  return id;
}

/** The listing as the queue shows it, looking through every page of a view. */
async function queued(hub: Actor, id: string, view: ReviewQueueView = "oldest") {
  for (let page = 1; ; page++) {
    const queue = await listReviewQueue(db(), hub, { page, view });
    const found = queue.listings.find((listing) => listing.id === id);
    if (found || page >= queue.pages) return found ?? null;
  }
}

describe("approval snapshots and the diff since the last approval", () => {
  it("writes what was approved in the approving transaction", async () => {
    const supplier = await verifiedSupplier();
    const hub = await moderator();
    const id = await pending(supplier);
    expect((await queued(hub, id))?.diff).toEqual({ kind: "new" });

    await reviewListing(db(), hub, id, { decision: "approve" });
    const approvals = await db().listingApproval.findMany({ where: { listingId: id } });
    expect(approvals).toHaveLength(1);
    expect(approvals[0]).toMatchObject({ approvedById: hub.userId });
    expect(approvals[0]!.snapshot).toEqual({
      version: 1,
      title: { en: "Copper power cable 3x2.5", zh: "铜芯电力电缆 3x2.5" },
      description: { ru: "Изоляция ПВХ." },
      category: "copper-power-cable",
      hsCode: "8544.49",
      unit: "m",
      moq: 1000,
      currency: "CNY",
      priceTiers: [
        { minQty: 1000, unitPrice: "12.40" },
        { minQty: 5000, unitPrice: "11.90" },
      ],
      certifications: ["CCC", "EAC"],
      specifications: { "Cross-section": "3×2.5 mm²" },
      incoterms: [{ term: "FOB", place: "Shanghai" }],
      imageIds: [],
    });
    const audit = await db().auditEvent.findFirstOrThrow({ where: { targetId: id, action: "listing.approved" } });
    expect(audit.data).toMatchObject({ approvalId: approvals[0]!.id });
  });

  it("shows only the fields changed since the approval when an edit sends the listing back", async () => {
    const supplier = await verifiedSupplier();
    const hub = await moderator();
    const id = await pending(supplier);
    await reviewListing(db(), hub, id, { decision: "approve" });
    const edited = await updateListing(db(), supplier, id, { title: { en: "Copper power cable 3x2.5", zh: "铜芯电力电缆 3x2.5", ru: "Кабель медный 3x2,5" }, specifications: { "Cross-section": "3×2.5 mm²", Armour: "none" } }, "patch");
    expect(edited.status).toBe("PENDING_REVIEW");

    const entry = await queued(hub, id);
    expect(entry?.diff).toMatchObject({
      kind: "changed",
      changes: [
        { field: "title", locale: "ru", before: null, after: "Кабель медный 3x2,5" },
        { field: "specifications", name: "Armour", before: null, after: "none" },
      ],
    });
  });
});

describe("automatic flags", () => {
  it("fire with evidence: HS chapter 93, a Russian keyword, a price far below the median (also converted), a missing EAC", async () => {
    const supplier = await verifiedSupplier();
    const hub = await moderator();
    // Five published solar panels at 85.00 CNY make the category's median.
    for (let i = 0; i < 5; i++) {
      const id = await pending(supplier, { category: "solar-panel", hsCode: "8541.43", priceTiers: [{ minQty: 1000, unitPrice: "85.00" }] });
      await reviewListing(db(), hub, id, { decision: "approve" });
    }
    await db().fxRate.create({ data: { base: "USD", quote: "CNY", rate: "7.10", source: "test", effectiveAt: new Date(Date.now() - 60_000) } });

    const arms = await pending(supplier, { hsCode: "9303.20", title: { en: "Hunting carbine" } });
    const keyword = await pending(supplier, { title: { en: "Signal device", ru: "Пистолет сигнальный" } });
    const cheap = await pending(supplier, { category: "solar-panel", hsCode: "8541.43", priceTiers: [{ minQty: 1000, unitPrice: "12.40" }] });
    const cheapUsd = await pending(supplier, { category: "solar-panel", hsCode: "8541.43", currency: "USD", priceTiers: [{ minQty: 1000, unitPrice: "1.00" }] });
    const noEac = await pending(supplier, { category: "coaxial-cable", hsCode: "8541.43", certifications: ["CE"] });
    const clean = await pending(supplier);

    expect((await queued(hub, arms))?.flags).toEqual([{ kind: "restricted_hs", rule: "prohibited", group: "arms", hsCode: "9303.20", match: "93" }]);
    expect((await queued(hub, keyword))?.flags).toEqual([{ kind: "keyword", topic: "weapons", keyword: "пистолет", locale: "ru", field: "title" }]);
    expect((await queued(hub, cheap))?.flags).toEqual([
      { kind: "price_outlier", direction: "low", priceMinor: 1240n, medianMinor: 8500n, currency: "CNY", percent: 14.6, sample: 5, original: null },
    ]);
    expect((await queued(hub, cheapUsd))?.flags).toEqual([
      { kind: "price_outlier", direction: "low", priceMinor: 710n, medianMinor: 8500n, currency: "CNY", percent: 8.4, sample: 5, original: { minor: 100n, currency: "USD", rate: "7.1" } },
    ]);
    expect((await queued(hub, noEac))?.flags).toEqual([{ kind: "eac_missing", hsCode: "8541.43", match: "85", regulations: "TR CU 004/2011, 020/2011", countries: ["KZ", "KG", "RU"] }]);
    expect((await queued(hub, clean))?.flags).toEqual([]);

    // Flagged first puts the prohibited goods before everything else; "only flagged" leaves the clean one out.
    const first = await listReviewQueue(db(), hub, { view: "flagged_first" });
    expect(first.listings[0]?.id).toBe(arms);
    expect(first.flagged).toBeGreaterThanOrEqual(5);
    const only = await listReviewQueue(db(), hub, { view: "flagged_only" });
    expect(only.listings.map((listing) => listing.id)).toEqual(expect.arrayContaining([arms, keyword, cheap, cheapUsd, noEac]));
    expect(only.listings.map((listing) => listing.id)).not.toContain(clean);
  });
});

describe("bulk decisions", () => {
  it("approves three and rejects two with one reason, each exactly once, even when submitted twice at the same time", async () => {
    const supplier = await verifiedSupplier();
    const hub = await moderator();
    const other = await moderator();
    const approveIds = [await pending(supplier), await pending(supplier), await pending(supplier)];
    const rejectIds = [await pending(supplier), await pending(supplier)];

    const [a, b] = await Promise.all([
      reviewListingsBulk(db(), hub, { listingIds: approveIds, decision: "approve" }),
      reviewListingsBulk(db(), other, { listingIds: approveIds, decision: "approve" }),
    ]);
    for (const id of approveIds) {
      const outcomes = [...a.results, ...b.results].filter((result) => result.id === id).map((result) => result.outcome).sort();
      expect(outcomes).toEqual(["already_decided", "approved"]);
      expect(await db().listingApproval.count({ where: { listingId: id } })).toBe(1);
      expect(await db().auditEvent.count({ where: { targetId: id, action: "listing.approved" } })).toBe(1);
    }

    const reject = { listingIds: [...rejectIds, approveIds[0]!], decision: "reject", reasonCode: "poor_photos", reason: "Photos show a different cable." };
    const rejected = await reviewListingsBulk(db(), hub, reject);
    expect(rejected.results).toEqual([
      { id: rejectIds[0], outcome: "rejected" },
      { id: rejectIds[1], outcome: "rejected" },
      { id: approveIds[0], outcome: "already_decided" },
    ]);
    for (const id of rejectIds) {
      expect(await db().listing.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "REJECTED", rejectionReason: "Photos show a different cable." });
      const events = await db().auditEvent.findMany({ where: { targetId: id, action: "listing.rejected" } });
      expect(events.map((event) => event.data)).toEqual([{ sku: expect.any(String), reasonCode: "poor_photos", reason: "Photos show a different cable." }]);
    }
  });

  it("validates the selection and the reason before touching anything", async () => {
    const supplier = await verifiedSupplier();
    const hub = await moderator();
    const id = await pending(supplier);
    await expect(reviewListingsBulk(db(), hub, { listingIds: [], decision: "approve" })).rejects.toMatchObject({ details: { fields: { listingIds: "field.listings_required" } } });
    await expect(reviewListingsBulk(db(), hub, { listingIds: [id], decision: "reject" })).rejects.toMatchObject({ details: { fields: { reason: "field.reason_required" } } });
    await expect(reviewListingsBulk(db(), hub, { listingIds: [id], decision: "reject", reasonCode: "bogus" })).rejects.toMatchObject({ details: { fields: { reasonCode: "field.reason_code_required" } } });
    expect((await db().listing.findUniqueOrThrow({ where: { id } })).status).toBe("PENDING_REVIEW");
  });
});

describe("reasons in the supplier's language", () => {
  it("tells a supplier whose language is Chinese why, in Chinese, and shows it in the console", async () => {
    const supplier = await verifiedSupplier();
    await db().user.update({ where: { id: supplier.userId }, data: { locale: "zh" } });
    const hub = await moderator();
    const id = await pending(supplier, { hsCode: "8541.43", certifications: [] });
    await reviewListing(db(), hub, id, { decision: "reject", reasonCode: "missing_certificate" });

    const notification = await db().notification.findFirstOrThrow({ where: { userId: supplier.userId, type: "listing.rejected" } });
    expect(notification).toMatchObject({ link: `/supplier/listings/${id}`, data: { reasonCode: "missing_certificate" } });
    const text = renderNotificationText("zh", notification.type, notification.data);
    expect(text.title).toContain("未通过审核");
    expect(text.body).toContain("原因：缺少必需的认证证书（如 EAC）。");
    const email = await db().emailMessage.findFirstOrThrow({ where: { to: supplier.email }, orderBy: { createdAt: "desc" } });
    expect(email.text).toContain("缺少必需的认证证书（如 EAC）");

    // No note: API clients read the reason in English; the console reads the code.
    expect((await db().listing.findUniqueOrThrow({ where: { id } })).rejectionReason).toBe("A required certificate is missing (e.g. EAC)");
    expect(await latestRejection(db(), supplier, id)).toMatchObject({ reasonCode: "missing_certificate", note: null });
    const stranger = await verifiedSupplier();
    expect(await latestRejection(db(), stranger, id)).toBeNull();
  });

  it("keeps a note as written next to the translated reason, and reads older rejections as 'other'", async () => {
    const supplier = await verifiedSupplier();
    const hub = await moderator();
    const id = await pending(supplier);
    await reviewListing(db(), hub, id, { decision: "reject", reasonCode: "poor_photos", reason: "请上传实物照片。" });
    const notification = await db().notification.findFirstOrThrow({ where: { userId: supplier.userId, type: "listing.rejected_with_note" } });
    expect(renderNotificationText("ru", notification.type, notification.data).body).toContain("Причина: фотографий нет, они нечёткие или на них другой товар. Комментарий модератора: 请上传实物照片。");
    expect(await latestRejection(db(), supplier, id)).toMatchObject({ reasonCode: "poor_photos", note: "请上传实物照片。" });

    await changeListingStatus(db(), supplier, id, "submit");
    await db().auditEvent.create({ data: { action: "listing.rejected", targetType: "Listing", targetId: id, organizationId: supplier.organization.id, data: { sku: "X", reason: "Old free text." } } });
    expect(await latestRejection(db(), supplier, id)).toMatchObject({ reasonCode: "other", note: "Old free text." });
  });
});

describe("who may review", () => {
  it("refuses finance staff and suppliers", async () => {
    const supplier = await verifiedSupplier();
    const finance = await createActor(db(), { type: "HUB", roles: ["finance"] });
    const id = await pending(supplier);
    for (const actor of [finance, supplier]) {
      await expect(reviewListing(db(), actor, id, { decision: "approve" })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(reviewListingsBulk(db(), actor, { listingIds: [id], decision: "approve" })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(listReviewQueue(db(), actor)).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect((await db().listing.findUniqueOrThrow({ where: { id } })).status).toBe("PENDING_REVIEW");
    expect(await db().listingApproval.count({ where: { listingId: id } })).toBe(0);
  });
});
