import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { loadActor } from "@/lib/auth/load-actor";
import { locales } from "@/lib/i18n/config";
import { minorToDecimal } from "@/lib/money/decimal";
import type { MonitoringFlag, MonitoringRule } from "@/lib/monitoring/flag-types";
import { getMonitoredOrder } from "@/lib/monitoring/get-monitored-order";
import { listMonitoringFlags, type ListMonitoringFlagsOptions } from "@/lib/monitoring/list-monitoring-flags";
import { renderNotificationText } from "@/lib/notify/notification-text";
import { requestOrderDocuments } from "@/lib/monitoring/request-documents";
import { parseRestrictedList } from "@/lib/monitoring/restricted-list";
import { setOrderHold } from "@/lib/orders/hold-order";
import { transitionOrder } from "@/lib/orders/transition-order";
import { acceptQuote } from "@/lib/rfq/accept-quote";
import { createRfq } from "@/lib/rfq/create-rfq";
import { submitQuote } from "@/lib/rfq/submit-quote";
import { recordBankTransfer } from "@/lib/settlement/record-bank-transfer";
import { refundableMinor } from "@/lib/settlement/refund-payment";
import { createActor } from "../support/factories";
import { orderAwaitingPayment, seedSettlementBasics } from "../support/settlement-fixtures";
import { setupTestDatabase } from "../support/setup-test-db";

const db = setupTestDatabase();
const day = 86_400_000;
const today = () => new Date().toISOString().slice(0, 10);
let moderator: Actor;

beforeAll(async () => {
  await seedSettlementBasics(db());
  moderator = await createActor(db(), { type: "HUB", roles: ["moderator"] });
});

async function flagsOf(rule: MonitoringRule, options: ListMonitoringFlagsOptions = {}): Promise<MonitoringFlag[]> {
  const all = await listMonitoringFlags(db(), moderator, options);
  return all.groups.find((group) => group.rule === rule)!.flags;
}
const about = (flags: MonitoringFlag[], id: string) => flags.filter((flag) => flag.subject.id === id);

async function verifiedSupplier(data: { name?: string; legalName?: string } = {}): Promise<Actor> {
  const created = await createActor(db(), { type: "SUPPLIER" });
  await db().organization.update({ where: { id: created.organization.id }, data: { verificationStatus: "VERIFIED", verifiedAt: new Date(), ...data } });
  return (await loadActor(db(), created.userId, "session"))!;
}

/** An RFQ from `buyer` answered by `supplier`; accepted into an order unless `accept` is false. */
async function deal(buyer: Actor, supplier: Actor, options: { unitPrice?: string; city?: string; accept?: boolean } = {}) {
  const rfq = await createRfq(db(), buyer, {
    title: "Inverters", description: "10 kW", categorySlug: "solar-panel", quantity: 10, unit: "pc", incoterm: "DAP", namedPlace: "Almaty",
    destination: { country: "KZ", city: options.city ?? "Almaty" }, requiredBy: new Date(Date.now() + 60 * day).toISOString().slice(0, 10),
    expiresAt: new Date(Date.now() + 7 * day).toISOString(), visibility: "INVITED", invitedSupplierIds: [supplier.organization.id],
  });
  const quote = await submitQuote(db(), supplier, rfq.id, { unitPrice: { amount: options.unitPrice ?? "600.00", currency: "CNY" }, quantity: 10, leadTimeDays: 20, incoterm: "DAP", namedPlace: "Almaty", validUntil: new Date(Date.now() + 5 * day).toISOString() });
  const order = options.accept === false ? null : (await acceptQuote(db(), buyer, quote.id)).order;
  return { rfq, quote, order };
}

describe("deal monitoring rules", () => {
  it("flags a new supplier's order above the USD threshold, with the conversion as evidence", async () => {
    const fresh = await orderAwaitingPayment(db()); // 600,000.00 CNY from a supplier verified today
    const [flag] = about(await flagsOf("new_supplier"), fresh.order.id);
    expect(flag?.evidence).toMatchObject({ rule: "new_supplier", total: { minor: 60_000_000n, currency: "CNY" }, totalUsd: { minor: 8_426_966n, currency: "USD" }, thresholdUsd: { minor: 5_000_000n }, newSupplierDays: 90 });
    expect(flag?.supplier?.id).toBe(fresh.supplier.organization.id);

    // The same order under a higher threshold, a small order, and a long-standing supplier renewed today: quiet.
    expect(about(await flagsOf("new_supplier", { config: { newSupplierOrderUsdMinor: 10_000_000n } }), fresh.order.id)).toEqual([]);
    const small = await orderAwaitingPayment(db(), { quantity: 10 });
    const old = await orderAwaitingPayment(db());
    const longAgo = new Date(Date.now() - 400 * day);
    await db().organization.update({ where: { id: old.supplier.organization.id }, data: { createdAt: longAgo } });
    await db().verificationRequest.create({
      data: { organizationId: old.supplier.organization.id, status: "APPROVED", creditCode: "91320500MA1MXXXX0X", legalRepresentative: "Li Wei", registeredAddress: "Suzhou", submittedById: old.supplier.userId, submittedAt: longAgo, decidedAt: longAgo },
    });
    const flags = await flagsOf("new_supplier");
    expect(about(flags, small.order.id)).toEqual([]);
    expect(about(flags, old.order.id)).toEqual([]);
  });

  it("flags unit prices far from the category's median listing price, on order lines and open offers", async () => {
    const lister = await verifiedSupplier();
    const category = await db().category.findUniqueOrThrow({ where: { slug: "solar-panel" } });
    for (const [index, price] of [55_000n, 60_000n, 62_000n, 64_000n, 70_000n].entries()) {
      await db().listing.create({
        data: {
          supplierId: lister.organization.id, sku: `MED-${index}`, categoryId: category.id, title: { en: "Panel" }, description: { en: "Panel" }, hsCode: "8541.43", unit: "pc", moq: 1, currency: "CNY",
          leadTimeDays: 10, incoterms: [{ term: "FOB", place: "Shanghai" }], certifications: [], status: "PUBLISHED", publishedAt: new Date(), priceTiers: { create: [{ minQty: 1, unitPriceMinor: price }, { minQty: 100, unitPriceMinor: 1n }] },
        },
      });
    }
    const buyer = await createActor(db(), { type: "BUYER" });
    const cheap = await deal(buyer, await verifiedSupplier(), { unitPrice: "100.00" });
    const dear = await deal(buyer, await verifiedSupplier(), { unitPrice: "2500.00", accept: false });
    const normal = await deal(buyer, await verifiedSupplier(), { unitPrice: "600.00" });

    const flags = await flagsOf("price_outlier");
    // Median of the MOQ tiers 550, 600, 620, 640, 700 CNY in USD: 620 / 7.12 = 87.08.
    expect(about(flags, cheap.order!.id)[0]?.evidence).toMatchObject({ direction: "below", unitPrice: { minor: 10_000n, currency: "CNY" }, unitPriceUsd: { minor: 1_404n }, medianUsd: { minor: 8_708n }, listings: 5, percentOfMedian: 16, lowPercent: 30 });
    expect(about(flags, dear.quote.id)[0]).toMatchObject({ subject: { kind: "quote", rfqId: dear.rfq.id }, evidence: { direction: "above", percentOfMedian: 403, highPercent: 300 } });
    expect(about(flags, normal.order!.id)).toEqual([]);
    // Fewer listings than the minimum: no median, no flag.
    expect(about(await flagsOf("price_outlier", { config: { minListingsForMedian: 6 } }), cheap.order!.id)).toEqual([]);
  });

  it("flags a party with three cancelled orders in 90 days, not one with two", async () => {
    const [often, seldom] = [await createActor(db(), { type: "BUYER" }), await createActor(db(), { type: "BUYER" })];
    const cancel = async (buyer: Actor, count: number) => {
      const orders = [];
      for (let index = 0; index < count; index += 1) {
        const { order } = await deal(buyer, await verifiedSupplier());
        await transitionOrder(db(), buyer, order!.id, { to: "CANCELLED" });
        orders.push(order!);
      }
      return orders;
    };
    const cancelled = await cancel(often, 3);
    await cancel(seldom, 2);
    const flags = await flagsOf("repeated_cancellations");
    const [flag] = about(flags, often.organization.id);
    expect(flag?.evidence).toMatchObject({ role: "buyer", count: 3, threshold: 3, days: 90 });
    expect(flag?.evidence.rule === "repeated_cancellations" && flag.evidence.orders.map((order) => order.number).sort()).toEqual(cancelled.map((order) => order.number).sort());
    expect(about(flags, seldom.organization.id)).toEqual([]);
    // 91 days on, the cancellations are out of the window.
    expect(about(await flagsOf("repeated_cancellations", { now: new Date(Date.now() + 91 * day) }), often.organization.id)).toEqual([]);
  });

  it("flags a transfer paid by someone other than the buyer, also when the order is held", async () => {
    const fixture = await orderAwaitingPayment(db());
    await db().organization.update({ where: { id: fixture.buyer.organization.id }, data: { name: "Almaty Solar", legalName: "ТОО «Алматы Солар Трейд»" } });
    const invoice = await db().invoice.findFirstOrThrow({ where: { orderId: fixture.order.id } });
    const transfer = (payerName: string, bankReference: string) =>
      recordBankTransfer(db(), fixture.finance, { paymentReference: invoice.paymentReference, amount: { amount: "1000.00", currency: invoice.currency }, bankReference, valueDate: today(), payerName });
    await transfer("ALMATY SOLAR TREYD TOO", `OWN-${invoice.id}`);
    await transfer("Иванов Иван Иванович", `3RD-${invoice.id}`);
    await setOrderHold(db(), moderator, fixture.order.id, { hold: true, reason: "Third-party payer" });
    expect((await transfer("Orient Logistics LLC", `HELD-${invoice.id}`)).unmatchedReason).toBe("order_on_hold");

    const flags = about(await flagsOf("third_party_payment"), fixture.order.id);
    expect(flags.map((flag) => flag.evidence.rule === "third_party_payment" && flag.evidence.payerName).sort()).toEqual(["Orient Logistics LLC", "Иванов Иван Иванович"]);
    expect(flags[0]).toMatchObject({ subject: { kind: "order", number: fixture.order.number }, evidence: { buyerName: "Almaty Solar", buyerLegalName: "ТОО «Алматы Солар Трейд»", amount: { minor: 100_000n } } });
    expect(flags.every((flag) => flag.subject.kind === "order" && flag.subject.heldAt !== null)).toBe(true);
  });

  it("flags deals touching the restricted lists, and nothing while the lists are empty", async () => {
    const listed = await verifiedSupplier({ name: "Acme Sanctioned Trading", legalName: "Acme Sanctioned Trading Co., Ltd." });
    const buyer = await createActor(db(), { type: "BUYER" });
    const toListedCity = await deal(buyer, await verifiedSupplier(), { city: "KANDAHAR" });
    const withListedSupplier = await deal(buyer, listed);
    const clean = await deal(buyer, await verifiedSupplier());
    const config = { restrictedDestinations: parseRestrictedList("AF,Kandahar"), restrictedParties: parseRestrictedList("IR, Acme Sanctioned Trading LLP") };

    const flags = await flagsOf("restricted", { config });
    expect(about(flags, toListedCity.rfq.id)[0]?.evidence).toEqual({ rule: "restricted", matches: [{ field: "destination_city", value: "KANDAHAR", entry: "Kandahar" }] });
    expect(about(flags, toListedCity.order!.id)).toHaveLength(1);
    expect(about(flags, withListedSupplier.order!.id)[0]?.evidence).toEqual({ rule: "restricted", matches: [{ field: "supplier_name", value: "Acme Sanctioned Trading", entry: "Acme Sanctioned Trading LLP" }] });
    expect(about(flags, withListedSupplier.quote.id)).toHaveLength(1);
    expect([clean.rfq.id, clean.quote.id, clean.order!.id].flatMap((id) => about(flags, id))).toEqual([]);

    const unconfigured = await listMonitoringFlags(db(), moderator, { config: { restrictedDestinations: parseRestrictedList(""), restrictedParties: parseRestrictedList(undefined) } });
    expect(unconfigured.groups.find((group) => group.rule === "restricted")!.flags).toEqual([]);
    expect(unconfigured.limits.restrictedConfigured).toBe(false);
  });
});

describe("staff actions on a flagged order", () => {
  it("asks the supplier for documents: its people are notified and the request is audited", async () => {
    const fixture = await orderAwaitingPayment(db());
    const note = "Please upload the export contract and the certificate of origin.";
    expect(await requestOrderDocuments(db(), moderator, fixture.order.id, { party: "supplier", note })).toEqual({ notified: 1 });

    const notices = await db().notification.findMany({ where: { type: "order.documents_requested", userId: fixture.supplier.userId } });
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ link: `/orders/${fixture.order.id}`, data: { orderNumber: fixture.order.number, note } });
    expect(await db().notification.count({ where: { type: "order.documents_requested", userId: fixture.buyer.userId } })).toBe(0);
    for (const locale of locales) expect(renderNotificationText(locale, "order.documents_requested", notices[0]!.data).body).toContain(note);
    const audit = await db().auditEvent.findFirstOrThrow({ where: { action: "order.documents_requested", targetId: fixture.order.id } });
    expect(audit).toMatchObject({ actorUserId: moderator.userId, organizationId: fixture.supplier.organization.id, data: { party: "supplier", note } });
    expect((await getMonitoredOrder(db(), moderator, fixture.order.id)).documentRequests).toEqual([{ at: audit.occurredAt, party: "supplier", note }]);

    await expect(requestOrderDocuments(db(), moderator, fixture.order.id, { party: "supplier", note: "docs" })).rejects.toMatchObject({ code: "VALIDATION_FAILED", details: { fields: { note: "field.too_short" } } });
    await expect(requestOrderDocuments(db(), moderator, fixture.order.id, { party: "hub", note })).rejects.toMatchObject({ code: "VALIDATION_FAILED" });
    await expect(requestOrderDocuments(db(), moderator, "00000000-0000-4000-8000-000000000000", { party: "buyer", note })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("is for moderators and hub admins only: finance, buyers and suppliers are refused", async () => {
    const fixture = await orderAwaitingPayment(db());
    const admin = await createActor(db(), { type: "HUB", roles: ["admin"] });
    expect((await listMonitoringFlags(db(), admin)).total).toBeGreaterThan(0);
    const note = "Please upload the signed contract for this order.";
    for (const actor of [fixture.finance, fixture.buyer, fixture.supplier]) {
      await expect(listMonitoringFlags(db(), actor)).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(getMonitoredOrder(db(), actor, fixture.order.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(requestOrderDocuments(db(), actor, fixture.order.id, { party: "buyer", note })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect(await db().auditEvent.count({ where: { action: "order.documents_requested", targetId: fixture.order.id } })).toBe(0);
  });

  it("holds, releases and cancels through the order services: a cancelled paid order's payments become refundable", async () => {
    const fixture = await orderAwaitingPayment(db());
    await setOrderHold(db(), moderator, fixture.order.id, { hold: true, reason: "New supplier, large order" });
    const held = await getMonitoredOrder(db(), moderator, fixture.order.id);
    expect(held.order.heldAt).not.toBeNull();
    expect(held.flags.find((flag) => flag.rule === "new_supplier")?.subject).toMatchObject({ kind: "order", heldAt: held.order.heldAt });
    await setOrderHold(db(), moderator, fixture.order.id, { hold: false, reason: "Documents checked" });

    const invoice = await db().invoice.findFirstOrThrow({ where: { orderId: fixture.order.id } });
    await recordBankTransfer(db(), fixture.finance, { paymentReference: invoice.paymentReference, amount: { amount: minorToDecimal(invoice.amountMinor, "KZT"), currency: "KZT" }, bankReference: `PAY-${invoice.id}`, valueDate: today() });
    await transitionOrder(db(), moderator, fixture.order.id, { to: "CANCELLED", note: "Cancelled after monitoring review" });
    expect((await db().invoice.findUniqueOrThrow({ where: { id: invoice.id } })).status).toBe("VOID");
    const payment = await db().payment.findFirstOrThrow({ where: { invoiceId: invoice.id } });
    expect(await db().$transaction((tx) => refundableMinor(tx, payment))).toBe(invoice.amountMinor);
    // A cancelled order drops out of the order rules.
    expect(about(await flagsOf("new_supplier"), fixture.order.id)).toEqual([]);
  });
});
