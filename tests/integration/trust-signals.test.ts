import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { loadActor } from "@/lib/auth/load-actor";
import { openDispute } from "@/lib/disputes/open-dispute";
import { minorToDecimal } from "@/lib/money/decimal";
import { transitionOrder } from "@/lib/orders/transition-order";
import { moderateReview } from "@/lib/reviews/moderate-review";
import { writeReview } from "@/lib/reviews/write-review";
import { acceptQuote } from "@/lib/rfq/accept-quote";
import { cancelRfq } from "@/lib/rfq/cancel-rfq";
import { createRfq } from "@/lib/rfq/create-rfq";
import { submitQuote } from "@/lib/rfq/submit-quote";
import { recordBankTransfer } from "@/lib/settlement/record-bank-transfer";
import { getSupplierTrustSignals, getSupplierTrustSignalsFor } from "@/lib/trust/supplier-trust-signals";
import { createActor } from "../support/factories";
import { seedSettlementBasics } from "../support/settlement-fixtures";
import { setupTestDatabase } from "../support/setup-test-db";

/*
 * Trust signals from real events: RFQs are created, routed and answered, orders placed, paid,
 * shipped, delivered and disputed through the same lib functions the app uses. Only the clock is
 * moved, by rewriting the timestamps those events recorded (routing, offers, agreed delivery
 * dates) — the functions stamp "now" and a test cannot wait hours.
 */

const db = setupTestDatabase();
const hour = 3600 * 1000;
const day = 24 * hour;
const isoDate = (date: Date) => date.toISOString().slice(0, 10);

let buyer: Actor;
let finance: Actor;
let moderator: Actor;
let counter = 0;

async function verifiedSupplier(): Promise<Actor> {
  const created = await createActor(db(), { type: "SUPPLIER" });
  await db().organization.update({ where: { id: created.organization.id }, data: { verificationStatus: "VERIFIED", verifiedAt: new Date(Date.now() - 30 * day), verificationExpiresAt: new Date(Date.now() + 300 * day) } });
  return (await loadActor(db(), created.userId, "session"))!;
}

async function routedRfq(supplier: Actor, options: { publish?: boolean } = {}): Promise<string> {
  counter += 1;
  const rfq = await createRfq(db(), buyer, {
    title: `Inverters ${counter}`, description: "10 kW hybrid", categorySlug: "solar-panel", quantity: 200, unit: "pc", incoterm: "DAP", namedPlace: "Almaty",
    destination: { country: "KZ", city: "Almaty" }, requiredBy: isoDate(new Date(Date.now() + 40 * day)), expiresAt: new Date(Date.now() + 7 * day).toISOString(),
    visibility: "INVITED", invitedSupplierIds: [supplier.organization.id], publish: options.publish ?? true,
  });
  return rfq.id;
}

async function quote(supplier: Actor, rfqId: string): Promise<string> {
  const result = await submitQuote(db(), supplier, rfqId, {
    unitPrice: { amount: "150.00", currency: "CNY" }, quantity: 200, leadTimeDays: 15, incoterm: "DAP", namedPlace: "Almaty", validUntil: new Date(Date.now() + 5 * day).toISOString(),
  });
  return result.id;
}

/** Moves the moments an RFQ reached the supplier and its offers were sent (hours after routing). */
async function backdate(supplier: Actor, rfqId: string, routedAt: Date, offersAfterHours: number[] = []) {
  await db().rfqRecipient.update({ where: { rfqId_supplierId: { rfqId, supplierId: supplier.organization.id } }, data: { createdAt: routedAt } });
  for (const [index, hours] of offersAfterHours.entries()) {
    await db().quoteRevision.updateMany({ where: { number: index + 1, quote: { rfqId, supplierId: supplier.organization.id } }, data: { createdAt: new Date(routedAt.getTime() + hours * hour) } });
  }
}

/** An order through the RFQ, accepted, confirmed and paid in full by bank transfer. */
async function paidOrder(supplier: Actor): Promise<string> {
  const rfqId = await routedRfq(supplier);
  const { order } = await acceptQuote(db(), buyer, await quote(supplier, rfqId));
  await transitionOrder(db(), supplier, order.id, { to: "CONFIRMED" });
  await transitionOrder(db(), supplier, order.id, { to: "AWAITING_PAYMENT" });
  for (const invoice of await db().invoice.findMany({ where: { orderId: order.id } })) {
    await recordBankTransfer(db(), finance, { paymentReference: invoice.paymentReference, amount: { amount: minorToDecimal(invoice.amountMinor, "KZT"), currency: "KZT" }, bankReference: `BANK-${randomUUID()}`, valueDate: isoDate(new Date()) });
  }
  return order.id;
}

async function deliveredOrder(supplier: Actor, options: { deliveryDate?: Date | null; complete?: boolean } = {}): Promise<string> {
  const orderId = await paidOrder(supplier);
  if (options.deliveryDate !== undefined) await db().order.update({ where: { id: orderId }, data: { deliveryDate: options.deliveryDate } });
  await transitionOrder(db(), supplier, orderId, { to: "IN_PRODUCTION" });
  await transitionOrder(db(), supplier, orderId, { to: "SHIPPED", shipment: { carrier: "KTZ Express", trackingNumber: `KTZ-${counter}` } });
  await transitionOrder(db(), buyer, orderId, { to: "DELIVERED" });
  if (options.complete) await transitionOrder(db(), buyer, orderId, { to: "COMPLETED" });
  return orderId;
}

async function review(orderId: string, rating: number, decision?: "publish" | "reject") {
  const { id } = await writeReview(db(), buyer, orderId, { rating, text: `Rated ${rating}: goods as agreed, delivery tracked.` });
  if (decision) await moderateReview(db(), moderator, id, { decision });
}

beforeAll(async () => {
  await seedSettlementBasics(db());
  buyer = await createActor(db(), { type: "BUYER" });
  finance = await createActor(db(), { type: "HUB", roles: ["finance"] });
  moderator = await createActor(db(), { type: "HUB", roles: ["moderator"] });
}, 120_000);

describe("supplier trust signals", () => {
  it("response rate and median response time count answered RFQs and closed unanswered ones in the last 12 months", async () => {
    const supplier = await verifiedSupplier();
    const tenDaysAgo = new Date(Date.now() - 10 * day);
    // Three answered: after 2 h (a later revision does not count), 6 h and 30 h → median 6 h.
    for (const offers of [[2, 50], [6], [30]]) {
      const rfqId = await routedRfq(supplier);
      for (let i = 0; i < offers.length; i += 1) await quote(supplier, rfqId);
      await backdate(supplier, rfqId, tenDaysAgo, offers);
    }
    // Unanswered and closed by expiry: a miss.
    const expired = await routedRfq(supplier);
    await backdate(supplier, expired, tenDaysAgo);
    await db().rfq.update({ where: { id: expired }, data: { expiresAt: new Date(Date.now() - day) } });
    // Unanswered but still open, or cancelled by the buyer: no verdict on the supplier.
    await backdate(supplier, await routedRfq(supplier), tenDaysAgo);
    const cancelled = await routedRfq(supplier);
    await backdate(supplier, cancelled, tenDaysAgo);
    await cancelRfq(db(), buyer, cancelled);
    // A draft never counts, even with a recipient row saved with it.
    const draft = await routedRfq(supplier, { publish: false });
    await db().rfqRecipient.create({ data: { rfqId: draft, supplierId: supplier.organization.id, invited: true, createdAt: tenDaysAgo } });
    // Older than 12 months: outside the window.
    const old = await routedRfq(supplier);
    await backdate(supplier, old, new Date(Date.now() - 400 * day));
    await db().rfq.update({ where: { id: old }, data: { expiresAt: new Date(Date.now() - 390 * day) } });

    const signals = (await getSupplierTrustSignalsFor(db(), supplier.organization.id))!;
    expect(signals.responseRate).toEqual({ count: 3, of: 4, rate: 0.75 });
    expect(signals.medianResponse.sample).toBe(3);
    expect(signals.medianResponse.seconds).toBeCloseTo(6 * 3600, 0);
    expect(signals.verification).toMatchObject({ state: "verified" });
    expect(signals.verification.verifiedAt).toBeInstanceOf(Date);
  }, 120_000);

  it("on-time delivery and dispute rate come from delivery events, agreed dates and disputes; the rating from published reviews only", async () => {
    const supplier = await verifiedSupplier();
    const yesterday = new Date(`${isoDate(new Date(Date.now() - day))}T00:00:00Z`);
    const onTime1 = await deliveredOrder(supplier, { complete: true });
    const onTime2 = await deliveredOrder(supplier, { complete: true });
    const disputedOnTime = await deliveredOrder(supplier);
    const late = await deliveredOrder(supplier, { deliveryDate: new Date(yesterday.getTime() - 4 * day), complete: true });
    const noDate = await deliveredOrder(supplier, { deliveryDate: null, complete: true });
    // Paid, still in production three days after the agreed date: late although not delivered yet.
    const overdue = await paidOrder(supplier);
    await db().order.update({ where: { id: overdue }, data: { deliveryDate: new Date(yesterday.getTime() - 2 * day) } });
    await transitionOrder(db(), supplier, overdue, { to: "IN_PRODUCTION" });
    // Delivered today with yesterday as the agreed date — late by a day.
    await deliveredOrder(supplier, { deliveryDate: yesterday });
    await openDispute(db(), buyer, disputedOnTime, { reason: "quality_not_as_agreed", description: "Twelve panels arrived with cracked glass on the front side." });

    await review(onTime1, 5, "publish");
    await review(onTime2, 4, "publish");
    await review(late, 2, "publish");
    await review(noDate, 1);

    const signals = (await getSupplierTrustSignalsFor(db(), supplier.organization.id))!;
    // Delivered with a date: three on time, two late; the overdue order counts as late; noDate is left out.
    expect(signals.onTimeDelivery).toEqual({ count: 3, of: 6, rate: 0.5 });
    // Past payment: all seven orders; one dispute.
    expect(signals.disputeRate).toEqual({ count: 1, of: 7, rate: 1 / 7 });
    // The pending review of noDate does not count.
    expect(signals.rating.count).toBe(3);
    expect(signals.rating.average).toBeCloseTo(11 / 3);
    // Every order came from an answered RFQ.
    expect(signals.responseRate).toMatchObject({ count: 7, of: 7, rate: 1 });
  }, 180_000);

  it("shows nothing instead of 100 % from one or two cases, and reads many suppliers in one call", async () => {
    const fresh = await verifiedSupplier();
    await db().organization.update({ where: { id: fresh.organization.id }, data: { createdAt: new Date(Date.now() - (2 * 365 + 5) * day), verificationExpiresAt: new Date(Date.now() - day) } });
    const orderId = await deliveredOrder(fresh, { complete: true });
    await review(orderId, 5, "publish");
    const unrated = await verifiedSupplier();

    const all = await getSupplierTrustSignals(db(), [fresh.organization.id, unrated.organization.id, buyer.organization.id, randomUUID(), "not-a-uuid"]);
    expect([...all.keys()].sort()).toEqual([fresh.organization.id, unrated.organization.id].sort());
    const signals = all.get(fresh.organization.id)!;
    expect(signals.responseRate).toEqual({ count: 1, of: 1, rate: null });
    expect(signals.medianResponse).toEqual({ sample: 1, seconds: null });
    expect(signals.onTimeDelivery).toEqual({ count: 1, of: 1, rate: null });
    expect(signals.disputeRate).toEqual({ count: 0, of: 1, rate: null });
    expect(signals.rating).toEqual({ count: 1, average: null });
    expect(signals.yearsOnPlatform).toBe(2);
    expect(signals.verification.state).toBe("expired");

    const empty = all.get(unrated.organization.id)!;
    expect(empty).toMatchObject({ yearsOnPlatform: 0, responseRate: { count: 0, of: 0, rate: null }, onTimeDelivery: { of: 0, rate: null }, disputeRate: { of: 0, rate: null }, rating: { count: 0, average: null } });
    expect(await getSupplierTrustSignalsFor(db(), buyer.organization.id)).toBeNull();
  }, 120_000);
});
