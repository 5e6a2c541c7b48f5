import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { forgetListingCards, getListingCardsCached } from "@/lib/catalog/listing-card-cache";
import { defaultTaxonomyFile } from "@/lib/seed/taxonomy-file";
import { importTaxonomy } from "@/lib/taxonomy/import-taxonomy";
import { createActor } from "../support/factories";
import { setupTestDatabase } from "../support/setup-test-db";

const db = setupTestDatabase();

beforeAll(async () => {
  await importTaxonomy(db(), JSON.parse(readFileSync(defaultTaxonomyFile(), "utf8")), { actor: null });
});

async function publishedListing(moq: number) {
  const supplier = await createActor(db(), { type: "SUPPLIER" });
  const category = await db().category.findUniqueOrThrow({ where: { slug: "copper-power-cable" } });
  return db().listing.create({
    data: {
      supplierId: supplier.organization.id,
      sku: `C-${moq}`,
      categoryId: category.id,
      title: { en: `Cable ${moq}`, ru: `Кабель ${moq}` },
      description: {},
      hsCode: "8544.49",
      unit: "m",
      moq,
      currency: "CNY",
      leadTimeDays: 10,
      incoterms: [{ term: "EXW", place: null }],
      certifications: [],
      status: "PUBLISHED",
      publishedAt: new Date(),
      priceTiers: { create: [{ minQty: moq, unitPriceMinor: 1000n }] },
    },
  });
}

describe("listing card cache", () => {
  it("serves a card from memory within its lifetime, per locale, in the order asked", async () => {
    const a = await publishedListing(100);
    const b = await publishedListing(200);
    const first = await getListingCardsCached(db(), [b.id, a.id], "en", 1_000);
    expect(first.map((card) => card.title)).toEqual(["Cable 200", "Cable 100"]);
    await db().listing.update({ where: { id: a.id }, data: { moq: 150 } });
    expect((await getListingCardsCached(db(), [a.id], "en", 2_000))[0]!.moq).toBe(100);
    expect((await getListingCardsCached(db(), [a.id], "ru", 2_000))[0]).toMatchObject({ moq: 150, title: "Кабель 100" });
    expect((await getListingCardsCached(db(), [a.id], "en", 1_000 + 10_001))[0]!.moq).toBe(150);
  });

  it("reads a listing afresh once its change was synced, and leaves out listings no longer public", async () => {
    const c = await publishedListing(300);
    expect(await getListingCardsCached(db(), [c.id], "zh", 5_000)).toHaveLength(1);
    await db().listing.update({ where: { id: c.id }, data: { status: "ARCHIVED" } });
    forgetListingCards([c.id]);
    expect(await getListingCardsCached(db(), [c.id], "zh", 5_001)).toEqual([]);
  });
});
