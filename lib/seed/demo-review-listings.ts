import type { Db } from "@/lib/db/create-client";
import { loadActor } from "@/lib/auth/load-actor";
import { changeListingStatus } from "@/lib/listings/change-listing-status";
import { createListing } from "@/lib/listings/create-listing";
import type { ListingInput } from "@/lib/listings/listing-input";
import { reviewListing } from "@/lib/listings/review-listing";

type DemoListing = { owner: string; input: ListingInput; then: "draft" | "submit" | "reject" };

const demoListings: DemoListing[] = [
  {
    owner: "supplier.suzhou@example.com",
    then: "submit",
    input: {
      sku: "DEMO-SANDWICH-100",
      category: "sandwich-panel",
      title: { en: "PIR sandwich wall panel 100 mm", zh: "PIR夹芯墙板 100毫米", ru: "Стеновая сэндвич-панель PIR 100 мм" },
      description: { en: "0.5 mm steel faces, 1000 mm effective width, for warehouses and cold stores.", zh: "0.5毫米彩钢面板，有效宽度1000毫米，适用于仓库和冷库。" },
      hsCode: "9406.90",
      unit: "m²",
      moq: 500,
      currency: "CNY",
      priceTiers: [{ minQty: 500, unitPrice: "138.50" }, { minQty: 3000, unitPrice: "129.00" }],
      leadTimeDays: 12,
      incoterms: [{ term: "FOB", place: "Shanghai" }],
      certifications: ["CE", "EAC"],
      specifications: { Thickness: "100 mm", Core: "PIR" },
    },
  },
  {
    owner: "supplier.wuxi@example.com",
    then: "submit",
    input: {
      sku: "DEMO-BESS-10",
      category: "battery-storage",
      title: { en: "Home battery storage 10 kWh LiFePO4", zh: "家用储能电池 10千瓦时 磷酸铁锂" },
      description: { en: "Wall-mounted, 6000 cycles at 80 % depth of discharge." },
      hsCode: "8507.60",
      unit: "set",
      moq: 20,
      currency: "USD",
      priceTiers: [{ minQty: 20, unitPrice: "1450.00" }, { minQty: 100, unitPrice: "1320.00" }],
      leadTimeDays: 30,
      incoterms: [{ term: "CIF", place: "Almaty" }, { term: "EXW", place: null }],
      certifications: ["CE", "UN38.3"],
      specifications: { Capacity: "10 kWh", Chemistry: "LiFePO4" },
    },
  },
  {
    owner: "supplier.wuxi@example.com",
    then: "reject",
    input: {
      sku: "DEMO-INV-3K",
      category: "solar-inverter",
      title: { en: "Off-grid inverter 3 kW", zh: "离网逆变器 3千瓦" },
      description: {},
      hsCode: "8504.40",
      unit: "pc",
      moq: 50,
      currency: "USD",
      priceTiers: [{ minQty: 50, unitPrice: "210.00" }],
      leadTimeDays: 20,
      incoterms: [{ term: "FOB", place: "Shanghai" }],
      certifications: [],
      specifications: {},
    },
  },
  {
    owner: "supplier.suzhou@example.com",
    then: "draft",
    input: {
      sku: "DEMO-TILE-600",
      category: "ceramic-tiles",
      title: { zh: "抛光瓷砖 600×600" },
      description: {},
      hsCode: "6907.21",
      unit: "m²",
      moq: 300,
      currency: "CNY",
      priceTiers: [{ minQty: 300, unitPrice: "42.00" }],
      leadTimeDays: 15,
      incoterms: [{ term: "EXW", place: null }],
      certifications: [],
      specifications: {},
    },
  },
];

/**
 * Demo only: a few listings in every step of the review workflow, so the hub's review queue and
 * the suppliers' consoles have something to show. Written through the same services the console
 * uses; listings that already exist (by SKU) are left alone.
 */
export async function seedDemoReviewListings(client: Db): Promise<number> {
  const moderatorUser = await client.user.findUnique({ where: { email: "moderator@example.com" }, select: { id: true } });
  const moderator = moderatorUser ? await loadActor(client, moderatorUser.id, "session") : null;
  let created = 0;
  for (const demo of demoListings) {
    const user = await client.user.findUnique({ where: { email: demo.owner }, select: { id: true } });
    const owner = user ? await loadActor(client, user.id, "session") : null;
    if (!owner || !(await client.category.findUnique({ where: { slug: demo.input.category }, select: { id: true } }))) continue;
    if (await client.listing.findFirst({ where: { supplierId: owner.organization.id, sku: demo.input.sku }, select: { id: true } })) continue;
    const { id } = await createListing(client, owner, demo.input);
    created += 1;
    if (demo.then === "draft") continue;
    await changeListingStatus(client, owner, id, "submit");
    if (demo.then === "reject" && moderator) {
      await reviewListing(client, moderator, id, { decision: "reject", reason: "Add the datasheet values (efficiency, input voltage range) as specifications and a CE or EAC certificate." });
    }
  }
  return created;
}
