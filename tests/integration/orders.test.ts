import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { loadActor } from "@/lib/auth/load-actor";
import type { OrderStatus } from "@/lib/db/generated/enums.ts";
import { createDirectOrder } from "@/lib/orders/create-direct-order";
import { getOrder } from "@/lib/orders/get-order";
import { listOrders } from "@/lib/orders/list-orders";
import { orderTransitions } from "@/lib/orders/order-transitions";
import { transitionOrder } from "@/lib/orders/transition-order";
import { acceptQuote } from "@/lib/rfq/accept-quote";
import { compareQuotes } from "@/lib/rfq/compare-quotes";
import { createRfq } from "@/lib/rfq/create-rfq";
import { expireRfqs } from "@/lib/rfq/expire-rfqs";
import { getRfq } from "@/lib/rfq/get-rfq";
import { listRfqs } from "@/lib/rfq/list-rfqs";
import { submitQuote } from "@/lib/rfq/submit-quote";
import { convertWithSnapshot } from "@/lib/money/fx/convert-with-snapshot";
import { minorToDecimal } from "@/lib/money/decimal";
import { recordBankTransfer } from "@/lib/settlement/record-bank-transfer";
import { defaultTaxonomyFile } from "@/lib/seed/taxonomy-file";
import { importTaxonomy } from "@/lib/taxonomy/import-taxonomy";
import { createActor } from "../support/factories";
import { setupTestDatabase } from "../support/setup-test-db";

const db = setupTestDatabase();
const day = 24 * 3600 * 1000;

beforeAll(async () => {
  await importTaxonomy(db(), JSON.parse(readFileSync(defaultTaxonomyFile(), "utf8")), { actor: null });
  await db().fxRate.createMany({
    data: [
      { base: "USD", quote: "KZT", rate: "489.15", source: "test", effectiveAt: new Date(Date.now() - 3600_000) },
      { base: "USD", quote: "CNY", rate: "7.12", source: "test", effectiveAt: new Date(Date.now() - 3600_000) },
    ],
  });
});

let listingCounter = 0;
async function supplierWithListing(): Promise<{ actor: Actor; listingId: string }> {
  const created = await createActor(db(), { type: "SUPPLIER" });
  await db().organization.update({ where: { id: created.organization.id }, data: { verificationStatus: "VERIFIED", verifiedAt: new Date() } });
  const actor = (await loadActor(db(), created.userId, "session"))!;
  const category = await db().category.findUniqueOrThrow({ where: { slug: "solar-panel" } });
  listingCounter += 1;
  const listing = await db().listing.create({
    data: {
      supplierId: actor.organization.id, sku: `L-${listingCounter}`, categoryId: category.id, title: { en: "Solar panel 450 W", ru: "Солнечная панель 450 Вт" }, description: {}, hsCode: "8541.43", unit: "pc",
      moq: 100, currency: "CNY", leadTimeDays: 20, incoterms: [{ term: "FOB", place: "Shanghai" }], certifications: [], status: "PUBLISHED", publishedAt: new Date(),
      priceTiers: { create: [{ minQty: 100, unitPriceMinor: 61000n }, { minQty: 500, unitPriceMinor: 59000n }] },
    },
  });
  return { actor, listingId: listing.id };
}

async function actorOf(type: "HUB", roles: Actor["roles"]) {
  return createActor(db(), { type, roles });
}

async function awardedOrder() {
  const buyer = await createActor(db(), { type: "BUYER" });
  const { actor: supplier } = await supplierWithListing();
  const rfq = await createRfq(db(), buyer, {
    title: "Panels", description: "450 W", categorySlug: "solar-panel", quantity: 1000, unit: "pc", incoterm: "DAP", namedPlace: "Almaty",
    destination: { country: "KZ", city: "Almaty" }, requiredBy: new Date(Date.now() + 60 * day).toISOString().slice(0, 10), expiresAt: new Date(Date.now() + 7 * day).toISOString(),
    visibility: "INVITED", invitedSupplierIds: [supplier.organization.id],
  });
  const quote = await submitQuote(db(), supplier, rfq.id, {
    unitPrice: { amount: "600.00", currency: "CNY" }, quantity: 1000, leadTimeDays: 20, incoterm: "DAP", namedPlace: "Almaty", validUntil: new Date(Date.now() + 5 * day).toISOString(),
  });
  const { order } = await acceptQuote(db(), buyer, quote.id);
  return { buyer, supplier, order, rfqId: rfq.id };
}

describe("orders", () => {
  it("stores the buyer-currency total with the FX snapshot, reproducible later", async () => {
    const { order } = await awardedOrder();
    const stored = await db().order.findUniqueOrThrow({ where: { id: order.id } });
    expect(stored.totalMinor).toBe(60000000n);
    expect(stored.buyerCurrency).toBe("KZT");
    // 600 000.00 CNY → USD at 1/7.12 → KZT at 489.15: rounded once.
    expect(stored.buyerTotalMinor).toBe(4122050562n);
    await db().fxRate.create({ data: { base: "USD", quote: "KZT", rate: "500", source: "later", effectiveAt: new Date() } });
    expect(convertWithSnapshot(stored.totalMinor, "CNY", "KZT", stored.fxSnapshot)).toBe(stored.buyerTotalMinor);
  });

  it("walks the whole happy path, each step by the party allowed to make it", async () => {
    const { buyer, supplier, order } = await awardedOrder();
    const finance = await actorOf("HUB", ["finance"]);
    for (const to of ["CONFIRMED", "AWAITING_PAYMENT"] as const) await transitionOrder(db(), supplier, order.id, { to });
    // Payment is not a person's step: recording the transfer for the invoice marks the order paid.
    await expect(transitionOrder(db(), finance, order.id, { to: "PAID" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const invoice = await db().invoice.findFirstOrThrow({ where: { orderId: order.id } });
    await recordBankTransfer(db(), finance, { paymentReference: invoice.paymentReference, amount: { amount: minorToDecimal(invoice.amountMinor, "KZT"), currency: "KZT" }, bankReference: `HAPPY-${order.id}`, valueDate: new Date().toISOString().slice(0, 10) });
    const steps: [Actor, OrderStatus, Record<string, unknown>?][] = [
      [supplier, "IN_PRODUCTION"],
      [supplier, "SHIPPED", { shipment: { carrier: "KTZ Express", trackingNumber: "KTZ-123456", route: "Khorgos rail" } }],
      [buyer, "DELIVERED"],
      [buyer, "COMPLETED"],
    ];
    for (const [actor, to, extra] of steps) await transitionOrder(db(), actor, order.id, { to, ...extra });
    const view = await getOrder(db(), buyer, order.id);
    expect(view.status).toBe("COMPLETED");
    expect(view.trackingNumber).toBe("KTZ-123456");
    expect(view.events.map((e) => e.toStatus)).toEqual(["PENDING_SUPPLIER_CONFIRMATION", "CONFIRMED", "AWAITING_PAYMENT", "PAID", ...steps.map((s) => s[1])]);
    expect(await db().notification.count({ where: { userId: buyer.userId, type: "order.shipped" } })).toBe(1);
    expect(await db().notification.count({ where: { userId: supplier.userId, type: "order.status_changed" } })).toBeGreaterThanOrEqual(2);
  });

  it("refuses every move the state machine does not allow (409) and every wrong party (403)", async () => {
    const { buyer, supplier, order } = await awardedOrder();
    const moderator = await actorOf("HUB", ["moderator"]);
    const all: OrderStatus[] = Object.keys(orderTransitions) as OrderStatus[];
    for (const to of all.filter((s) => !orderTransitions.PENDING_SUPPLIER_CONFIRMATION.some((r) => r.to === s))) {
      await expect(transitionOrder(db(), supplier, order.id, { to, shipment: { carrier: "x", trackingNumber: "y" } })).rejects.toMatchObject({ code: "CONFLICT" });
    }
    await expect(transitionOrder(db(), buyer, order.id, { to: "CONFIRMED" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(transitionOrder(db(), moderator, order.id, { to: "CONFIRMED" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await transitionOrder(db(), supplier, order.id, { to: "CONFIRMED" });
    await transitionOrder(db(), supplier, order.id, { to: "AWAITING_PAYMENT" });
    await expect(transitionOrder(db(), supplier, order.id, { to: "PAID" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(transitionOrder(db(), buyer, order.id, { to: "PAID" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await db().order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("AWAITING_PAYMENT");
    await expect(transitionOrder(db(), supplier, order.id, { to: "SHIPPED" })).rejects.toMatchObject({ code: "VALIDATION_FAILED" });
  });

  it("orders straight from a listing at the tier price, never below the MOQ", async () => {
    const buyer = await createActor(db(), { type: "BUYER" });
    const { listingId } = await supplierWithListing();
    await expect(createDirectOrder(db(), buyer, { listingId, quantity: 99, incoterm: "FOB" })).rejects.toMatchObject({ details: { fields: { quantity: "field.quantity_below_moq" } } });
    await expect(createDirectOrder(db(), buyer, { listingId, quantity: 100, incoterm: "CIF" })).rejects.toMatchObject({ details: { fields: { incoterm: "field.incoterm_invalid" } } });
    const order = await createDirectOrder(db(), buyer, { listingId, quantity: 600, incoterm: "FOB" });
    const stored = await db().order.findUniqueOrThrow({ where: { id: order.id }, include: { lines: true } });
    expect(stored.lines[0]).toMatchObject({ quantity: 600, unitPriceMinor: 59000n, totalMinor: 35400000n });
    expect(stored).toMatchObject({ incoterm: "FOB", namedPlace: "Shanghai", status: "PENDING_SUPPLIER_CONFIRMATION" });
  });

  it("compares quotes in the buyer's currency with the rates it used", async () => {
    const { buyer, rfqId } = await awardedOrder();
    const comparison = await compareQuotes(db(), buyer, rfqId);
    expect(comparison.displayCurrency).toBe("KZT");
    const row = comparison.quotes[0]!;
    expect(row.converted!.totalMinor).toBe(convertWithSnapshot(row.totalMinor, "CNY", "KZT", comparison.rates["CNY/KZT"]));
    expect(row.converted!.totalMinor).toBeGreaterThan(4_000_000_000n);
    expect(comparison.rates["CNY/KZT"]!.legs.map((leg) => `${leg.base}/${leg.quote}`)).toEqual(["USD/CNY", "USD/KZT"]);
  });

  it("stores expiries once and notifies the buyer, whenever the job runs", async () => {
    const buyer = await createActor(db(), { type: "BUYER" });
    const rfq = await createRfq(db(), buyer, {
      title: "Cables", description: "VVG 3x2.5", categorySlug: "copper-power-cable", quantity: 5000, unit: "m", incoterm: "DAP", namedPlace: "Tashkent",
      destination: { country: "UZ", city: "Tashkent" }, requiredBy: new Date(Date.now() + 30 * day).toISOString().slice(0, 10), expiresAt: new Date(Date.now() + day).toISOString(),
    });
    const later = new Date(Date.now() + 2 * day);
    expect((await listRfqs(db(), buyer, { status: "OPEN" }, later)).total).toBe(0);
    expect((await getRfq(db(), buyer, rfq.id, later)).status).toBe("EXPIRED");
    expect(await expireRfqs(db(), later)).toBeGreaterThanOrEqual(1);
    expect(await expireRfqs(db(), later)).toBe(0);
    expect((await db().rfq.findUniqueOrThrow({ where: { id: rfq.id } })).status).toBe("EXPIRED");
    expect(await db().notification.count({ where: { userId: buyer.userId, type: "rfq.expired" } })).toBe(1);
  });
});

describe("order state machine, exhaustively", () => {
  it("allows exactly the table's moves, each only to its parties, from every status", async () => {
    const { buyer, supplier, order } = await awardedOrder();
    const finance = await actorOf("HUB", ["finance"]);
    const moderator = await actorOf("HUB", ["moderator"]);
    const parties = { buyer, supplier, hub_finance: finance, hub_moderator: moderator } as const;
    const statuses = Object.keys(orderTransitions) as OrderStatus[];
    const shipment = { carrier: "KTZ Express", trackingNumber: "KTZ-1" };
    for (const from of statuses) {
      for (const to of statuses) {
        const rule = orderTransitions[from].find((r) => r.to === to);
        for (const [party, actor] of Object.entries(parties)) {
          await db().order.update({ where: { id: order.id }, data: { status: from } });
          const unpaid = await db().invoice.count({ where: { orderId: order.id, status: { notIn: ["PAID", "VOID"] } } });
          const attempt = transitionOrder(db(), actor, order.id, { to, shipment, note: "test" });
          if (!rule) await expect(attempt, `${from} → ${to} by ${party}`).rejects.toMatchObject({ code: "CONFLICT" });
          // Shipping waits for open invoices (issued on the way through AWAITING_PAYMENT) to be paid — a settlement rule.
          else if (to === "SHIPPED" && rule.by.includes(party as never) && unpaid) await expect(attempt, `${from} → ${to} by ${party}`).rejects.toMatchObject({ code: "CONFLICT", details: { messageKey: "settlement:errors.balance_due" } });
          else if (!rule.by.includes(party as never)) await expect(attempt, `${from} → ${to} by ${party}`).rejects.toMatchObject({ code: "FORBIDDEN" });
          else await expect(attempt, `${from} → ${to} by ${party}`).resolves.toMatchObject({ status: to });
        }
      }
    }
  }, 120_000);
});

describe("order and RFQ tenancy", () => {
  it("hides one company's orders and RFQs from other buyers and suppliers, by id and in lists", async () => {
    const { buyer, supplier, order, rfqId } = await awardedOrder();
    const otherBuyer = await createActor(db(), { type: "BUYER" });
    const { actor: otherSupplier } = await supplierWithListing();
    for (const outsider of [otherBuyer, otherSupplier]) {
      await expect(getOrder(db(), outsider, order.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(transitionOrder(db(), outsider, order.id, { to: "CANCELLED" })).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(getRfq(db(), outsider, rfqId)).rejects.toMatchObject({ code: "NOT_FOUND" });
      expect((await listOrders(db(), outsider, {})).orders.map((o) => o.id)).not.toContain(order.id);
      expect((await listRfqs(db(), outsider, {})).rfqs.map((r) => r.id)).not.toContain(rfqId);
    }
    await expect(compareQuotes(db(), otherBuyer, rfqId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await listOrders(db(), buyer, {})).orders.map((o) => o.id)).toContain(order.id);
    expect((await listOrders(db(), supplier, {})).orders.map((o) => o.id)).toContain(order.id);
    expect((await db().order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("PENDING_SUPPLIER_CONFIRMATION");
  });
});

describe("demo deals", () => {
  it("seeds a live RFQ with a quote through the services, once", async () => {
    const { seedDemo } = await import("@/lib/seed/seed-demo");
    const { seedDemoDeals } = await import("@/lib/seed/demo-deals");
    await seedDemo(db());
    expect(await seedDemoDeals(db())).toMatchObject({ rfqs: 1 });
    expect(await seedDemoDeals(db())).toEqual({ rfqs: 0, orders: 0 });
    const rfq = await db().rfq.findFirstOrThrow({ where: { buyer: { name: { contains: "Almaty" } } }, include: { quotes: true } });
    expect(rfq.status).toBe("OPEN");
    expect(rfq.quotes).toHaveLength(1);
  });
});
