import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { loadActor } from "@/lib/auth/load-actor";
import { acceptQuote } from "@/lib/rfq/accept-quote";
import { counterQuote } from "@/lib/rfq/counter-quote";
import { createRfq } from "@/lib/rfq/create-rfq";
import { postQuoteMessage } from "@/lib/rfq/post-quote-message";
import { submitQuote } from "@/lib/rfq/submit-quote";
import { defaultTaxonomyFile } from "@/lib/seed/taxonomy-file";
import { importTaxonomy } from "@/lib/taxonomy/import-taxonomy";
import { createActor } from "../support/factories";
import { setupTestDatabase } from "../support/setup-test-db";

const db = setupTestDatabase();
const day = 24 * 3600 * 1000;

beforeAll(async () => {
  await importTaxonomy(db(), JSON.parse(readFileSync(defaultTaxonomyFile(), "utf8")), { actor: null });
});

async function verifiedSupplier(withListingIn = "solar-panel"): Promise<Actor> {
  const actor = await createActor(db(), { type: "SUPPLIER" });
  await db().organization.update({ where: { id: actor.organization.id }, data: { verificationStatus: "VERIFIED", verifiedAt: new Date() } });
  const category = await db().category.findUniqueOrThrow({ where: { slug: withListingIn } });
  await db().listing.create({
    data: {
      supplierId: actor.organization.id, sku: `L-${actor.organization.id.slice(0, 6)}`, categoryId: category.id, title: { en: "Panel" }, description: {}, hsCode: "8541.43", unit: "pc",
      moq: 10, currency: "CNY", leadTimeDays: 20, incoterms: [{ term: "FOB", place: "Shanghai" }], certifications: [], status: "PUBLISHED", publishedAt: new Date(),
      priceTiers: { create: [{ minQty: 10, unitPriceMinor: 60000n }] },
    },
  });
  return (await loadActor(db(), actor.userId, "session"))!;
}

const rfqInput = (overrides: Record<string, unknown> = {}) => ({
  title: "Solar panels 450 W for a rooftop plant",
  description: "Нужны монокристаллические панели 450 Вт, 2000 шт.",
  categorySlug: "solar-panel",
  quantity: 2000,
  unit: "pc",
  targetPrice: { amount: "55000.00", currency: "KZT" },
  incoterm: "DAP",
  namedPlace: "Almaty",
  destination: { country: "KZ", city: "Almaty" },
  requiredBy: new Date(Date.now() + 60 * day).toISOString().slice(0, 10),
  expiresAt: new Date(Date.now() + 14 * day).toISOString(),
  ...overrides,
});

const quoteInput = (overrides: Record<string, unknown> = {}) => ({
  unitPrice: { amount: "610.00", currency: "CNY" },
  quantity: 2000,
  quantityBreaks: [{ minQty: 5000, unitPrice: "590.00" }],
  leadTimeDays: 25,
  incoterm: "DAP",
  namedPlace: "Almaty",
  validUntil: new Date(Date.now() + 10 * day).toISOString(),
  paymentTerms: "30% deposit, 70% before shipment",
  ...overrides,
});

describe("RFQ → quotes → order", () => {
  it("routes an RFQ to verified suppliers of its category and notifies them", async () => {
    const buyer = await createActor(db(), { type: "BUYER" });
    const a = await verifiedSupplier();
    const b = await verifiedSupplier();
    const otherCategory = await verifiedSupplier("copper-power-cable");
    const unverified = await createActor(db(), { type: "SUPPLIER" });
    const rfq = await createRfq(db(), buyer, rfqInput());
    expect(rfq).toMatchObject({ status: "OPEN", number: expect.stringMatching(/^RFQ-\d{4}-\d{6}$/) });
    const recipients = (await db().rfqRecipient.findMany({ where: { rfqId: rfq.id } })).map((r) => r.supplierId);
    expect(recipients).toEqual(expect.arrayContaining([a.organization.id, b.organization.id]));
    expect(recipients).not.toContain(otherCategory.organization.id);
    expect(recipients).not.toContain(unverified.organization.id);
    expect(await db().notification.count({ where: { userId: a.userId, type: "rfq.received" } })).toBe(1);
    expect(await db().emailMessage.count({ where: { to: a.email } })).toBe(1);
  });

  it("keeps every revision, lets the buyer counter and the supplier revise, then awards atomically", async () => {
    const buyer = await createActor(db(), { type: "BUYER" });
    const a = await verifiedSupplier();
    const b = await verifiedSupplier();
    const rfq = await createRfq(db(), buyer, rfqInput());
    const quoteA = await submitQuote(db(), a, rfq.id, quoteInput());
    const quoteB = await submitQuote(db(), b, rfq.id, quoteInput({ unitPrice: { amount: "4500000.00", currency: "KZT" } }));
    await counterQuote(db(), buyer, quoteA.id, { unitPrice: { amount: "580.00", currency: "CNY" }, note: "Can you do 580?" });
    await expect(acceptQuote(db(), buyer, quoteA.id)).rejects.toMatchObject({ code: "CONFLICT", details: { messageKey: "deal.quote_not_acceptable" } });
    await postQuoteMessage(db(), a, quoteA.id, { body: "585 is our best price for 2000 pcs." });
    const revised = await submitQuote(db(), a, rfq.id, quoteInput({ unitPrice: { amount: "585.00", currency: "CNY" } }));
    expect(revised.revision).toBe(3);
    expect((await db().quoteRevision.findMany({ where: { quoteId: quoteA.id }, orderBy: { number: "asc" } })).map((r) => [r.kind, r.unitPriceMinor])).toEqual([
      ["OFFER", 61000n],
      ["COUNTER", 58000n],
      ["OFFER", 58500n],
    ]);

    const { order } = await acceptQuote(db(), buyer, quoteA.id);
    expect(order).toMatchObject({ status: "PENDING_SUPPLIER_CONFIRMATION", totalMinor: 58500n * 2000n, currency: "CNY" });
    const stored = await db().order.findUniqueOrThrow({ where: { id: order.id }, include: { lines: true, events: true } });
    expect(stored.lines).toHaveLength(1);
    expect(stored.events.map((e) => e.type)).toEqual(["created"]);
    expect((await db().quote.findUniqueOrThrow({ where: { id: quoteB.id } })).status).toBe("DECLINED");
    expect((await db().rfq.findUniqueOrThrow({ where: { id: rfq.id } })).status).toBe("AWARDED");
    expect(await db().notification.count({ where: { userId: b.userId, type: "quote.declined" } })).toBe(1);
    expect(await db().notification.count({ where: { userId: a.userId, type: "quote.accepted" } })).toBe(1);
    await expect(acceptQuote(db(), buyer, quoteB.id)).rejects.toMatchObject({ code: "CONFLICT", details: { messageKey: "deal.rfq_already_awarded" } });
    await expect(submitQuote(db(), b, rfq.id, quoteInput())).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("makes exactly one order out of 20 concurrent accepts", async () => {
    const buyer = await createActor(db(), { type: "BUYER" });
    const colleague = await createActor(db(), { type: "BUYER", roles: ["buyer"], organizationId: buyer.organization.id });
    const suppliers = await Promise.all([verifiedSupplier(), verifiedSupplier(), verifiedSupplier(), verifiedSupplier()]);
    const rfq = await createRfq(db(), buyer, rfqInput());
    const quotes: { id: string }[] = [];
    for (const supplier of suppliers) quotes.push(await submitQuote(db(), supplier, rfq.id, quoteInput()));
    const attempts = Array.from({ length: 20 }, (_, i) => acceptQuote(db(), i % 2 ? colleague : buyer, quotes[i % quotes.length]!.id));
    const results = await Promise.allSettled(attempts);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const failure of results.filter((r) => r.status === "rejected")) expect(failure).toMatchObject({ reason: { code: "CONFLICT" } });
    expect(await db().order.count({ where: { rfqId: rfq.id } })).toBe(1);
    expect(await db().quote.count({ where: { rfqId: rfq.id, status: "ACCEPTED" } })).toBe(1);
  });

  it("rejects bad input with field errors and writes nothing", async () => {
    const buyer = await createActor(db(), { type: "BUYER" });
    const a = await verifiedSupplier();
    const before = await db().rfq.count();
    await expect(
      createRfq(db(), buyer, rfqInput({ quantity: -5, targetPrice: { amount: "1.234", currency: "KZT" }, incoterm: "FOBX", expiresAt: new Date(Date.now() - day).toISOString() })),
    ).rejects.toMatchObject({ code: "VALIDATION_FAILED", details: { fields: { quantity: "field.quantity_invalid", "targetPrice.amount": "field.price_too_precise", incoterm: "field.incoterm_invalid" } } });
    await expect(createRfq(db(), buyer, rfqInput({ expiresAt: new Date(Date.now() - day).toISOString() }))).rejects.toMatchObject({ details: { fields: { expiresAt: "field.date_in_past" } } });
    expect(await db().rfq.count()).toBe(before);
    const rfq = await createRfq(db(), buyer, rfqInput());
    await expect(submitQuote(db(), a, rfq.id, quoteInput({ validUntil: new Date(Date.now() - 1000).toISOString() }))).rejects.toMatchObject({ details: { fields: { validUntil: "field.date_in_past" } } });
    await expect(submitQuote(db(), a, rfq.id, quoteInput({ unitPrice: { amount: "10.00", currency: "EUR" } }))).rejects.toMatchObject({ details: { fields: { "unitPrice.currency": "field.currency_not_allowed" } } });
    expect(await db().quote.count({ where: { rfqId: rfq.id } })).toBe(0);
  });

  it("treats an RFQ past its expiry as closed, even before any job stored it", async () => {
    const buyer = await createActor(db(), { type: "BUYER" });
    const a = await verifiedSupplier();
    const rfq = await createRfq(db(), buyer, rfqInput());
    const quote = await submitQuote(db(), a, rfq.id, quoteInput());
    const later = new Date(Date.now() + 15 * day);
    await expect(submitQuote(db(), a, rfq.id, quoteInput({ validUntil: new Date(later.getTime() + day).toISOString() }), { now: later })).rejects.toMatchObject({ details: { messageKey: "deal.rfq_not_open" } });
    await expect(acceptQuote(db(), buyer, quote.id, { now: later })).rejects.toMatchObject({ details: { messageKey: "deal.rfq_not_open" } });
  });
});

describe("RFQ tenancy", () => {
  it("keeps RFQs and negotiations between their two parties", async () => {
    const buyer = await createActor(db(), { type: "BUYER" });
    const otherBuyer = await createActor(db(), { type: "BUYER" });
    const a = await verifiedSupplier();
    const b = await verifiedSupplier();
    const outsider = await verifiedSupplier("copper-power-cable");
    const rfq = await createRfq(db(), buyer, rfqInput());
    const quoteA = await submitQuote(db(), a, rfq.id, quoteInput());
    await expect(submitQuote(db(), outsider, rfq.id, quoteInput())).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(acceptQuote(db(), otherBuyer, quoteA.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(counterQuote(db(), otherBuyer, quoteA.id, { quantity: 1 })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(postQuoteMessage(db(), b, quoteA.id, { body: "Let me see your price" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(postQuoteMessage(db(), otherBuyer, quoteA.id, { body: "hello" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(acceptQuote(db(), a, quoteA.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db().quoteMessage.count({ where: { quoteId: quoteA.id } })).toBe(0);
  });
});

describe("RFQ drafts", () => {
  it("saves a draft, edits it (attachments kept, added, dropped) and publishes it", async () => {
    const { updateRfqDraft } = await import("@/lib/rfq/update-rfq-draft");
    const buyer = await createActor(db(), { type: "BUYER" });
    const a = await verifiedSupplier();
    const draft = await createRfq(db(), buyer, rfqInput({ publish: false }));
    expect(draft.status).toBe("DRAFT");
    expect(await db().rfqRecipient.count({ where: { rfqId: draft.id } })).toBe(0);
    const edited = await updateRfqDraft(db(), buyer, draft.id, rfqInput({ title: "Solar panels 460 W", quantity: 2200, publish: false }));
    expect(edited.status).toBe("DRAFT");
    expect(await db().rfq.findUniqueOrThrow({ where: { id: draft.id } })).toMatchObject({ title: "Solar panels 460 W", quantity: 2200, status: "DRAFT" });
    const published = await updateRfqDraft(db(), buyer, draft.id, rfqInput({ title: "Solar panels 460 W", quantity: 2200 }));
    expect(published.status).toBe("OPEN");
    expect((await db().rfqRecipient.findMany({ where: { rfqId: draft.id } })).map((r) => r.supplierId)).toContain(a.organization.id);
    await expect(updateRfqDraft(db(), buyer, draft.id, rfqInput())).rejects.toMatchObject({ code: "CONFLICT" });
    const other = await createActor(db(), { type: "BUYER" });
    const second = await createRfq(db(), buyer, rfqInput({ publish: false }));
    await expect(updateRfqDraft(db(), other, second.id, rfqInput())).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("inviting suppliers", () => {
  it("offers buyers the verified suppliers of a category, and nobody else", async () => {
    const { listInvitableSuppliers } = await import("@/lib/rfq/list-invitable-suppliers");
    const buyer = await createActor(db(), { type: "BUYER" });
    const a = await verifiedSupplier("solar-inverter");
    const unverified = await createActor(db(), { type: "SUPPLIER" });
    const ids = (await listInvitableSuppliers(db(), buyer, { category: "solar-inverter" })).map((s) => s.id);
    expect(ids).toContain(a.organization.id);
    expect(ids).not.toContain(unverified.organization.id);
    await expect(listInvitableSuppliers(db(), a, { category: "solar-inverter" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(listInvitableSuppliers(db(), buyer, {})).rejects.toMatchObject({ code: "VALIDATION_FAILED" });
  });
});

describe("withdrawing a quote", () => {
  it("takes the offer off the table, tells the buyer, and lets the supplier quote again", async () => {
    const { withdrawQuote } = await import("@/lib/rfq/withdraw-quote");
    const buyer = await createActor(db(), { type: "BUYER" });
    const a = await verifiedSupplier();
    const b = await verifiedSupplier();
    const rfq = await createRfq(db(), buyer, rfqInput());
    const quote = await submitQuote(db(), a, rfq.id, quoteInput());
    await expect(withdrawQuote(db(), b, quote.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(withdrawQuote(db(), buyer, quote.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await withdrawQuote(db(), a, quote.id);
    expect((await db().quote.findUniqueOrThrow({ where: { id: quote.id } })).status).toBe("WITHDRAWN");
    expect(await db().notification.count({ where: { userId: buyer.userId, type: "quote.withdrawn" } })).toBe(1);
    await expect(acceptQuote(db(), buyer, quote.id)).rejects.toMatchObject({ details: { messageKey: "deal.quote_not_acceptable" } });
    await expect(withdrawQuote(db(), a, quote.id)).rejects.toMatchObject({ code: "CONFLICT" });
    const again = await submitQuote(db(), a, rfq.id, quoteInput({ unitPrice: { amount: "599.00", currency: "CNY" } }));
    expect(again).toMatchObject({ id: quote.id, revision: 2, status: "OFFERED" });
    await expect(acceptQuote(db(), buyer, quote.id)).resolves.toMatchObject({ order: { status: "PENDING_SUPPLIER_CONFIRMATION" } });
  });
});
