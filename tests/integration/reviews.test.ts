import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { minorToDecimal } from "@/lib/money/decimal";
import { transitionOrder } from "@/lib/orders/transition-order";
import { getOrderReview } from "@/lib/reviews/get-order-review";
import { listPublishedReviews } from "@/lib/reviews/list-published-reviews";
import { listReviewQueue } from "@/lib/reviews/list-review-queue";
import { moderateReview } from "@/lib/reviews/moderate-review";
import { writeReview } from "@/lib/reviews/write-review";
import { recordBankTransfer } from "@/lib/settlement/record-bank-transfer";
import { getSupplierTrustSignalsFor } from "@/lib/trust/supplier-trust-signals";
import { createActor } from "../support/factories";
import { orderAwaitingPayment, seedSettlementBasics, type SettlementFixture } from "../support/settlement-fixtures";
import { setupTestDatabase } from "../support/setup-test-db";

const db = setupTestDatabase();
const text = "Panels arrived on time and exactly as specified.";

let moderator: Actor;
let admin: Actor;
let otherBuyer: Actor;

/** An order paid by bank transfer and moved by its parties up to `until`. */
async function orderUntil(until: "DELIVERED" | "COMPLETED"): Promise<SettlementFixture> {
  const fixture = await orderAwaitingPayment(db());
  for (const invoice of await db().invoice.findMany({ where: { orderId: fixture.order.id } })) {
    await recordBankTransfer(db(), fixture.finance, { paymentReference: invoice.paymentReference, amount: { amount: minorToDecimal(invoice.amountMinor, "KZT"), currency: "KZT" }, bankReference: `BANK-${randomUUID()}`, valueDate: new Date().toISOString().slice(0, 10) });
  }
  await transitionOrder(db(), fixture.supplier, fixture.order.id, { to: "IN_PRODUCTION" });
  await transitionOrder(db(), fixture.supplier, fixture.order.id, { to: "SHIPPED", shipment: { carrier: "KTZ Express", trackingNumber: "KTZ-1" } });
  await transitionOrder(db(), fixture.buyer, fixture.order.id, { to: "DELIVERED" });
  if (until === "COMPLETED") await transitionOrder(db(), fixture.buyer, fixture.order.id, { to: "COMPLETED" });
  return fixture;
}

beforeAll(async () => {
  await seedSettlementBasics(db());
  moderator = await createActor(db(), { type: "HUB", roles: ["moderator"] });
  admin = await createActor(db(), { type: "HUB", roles: ["admin"] });
  otherBuyer = await createActor(db(), { type: "BUYER" });
}, 120_000);

describe("writing a review", () => {
  it("is only possible once the order is completed, by its buyer's company, once per order", async () => {
    const { buyer, supplier, finance, order } = await orderUntil("DELIVERED");
    await expect(writeReview(db(), buyer, order.id, { rating: 5, text })).rejects.toMatchObject({ code: "CONFLICT", details: { messageKey: "trust:errors.order_not_completed" } });
    expect((await getOrderReview(db(), buyer, order.id)).canWrite).toBe(false);
    await transitionOrder(db(), buyer, order.id, { to: "COMPLETED" });
    expect((await getOrderReview(db(), buyer, order.id)).canWrite).toBe(true);

    // The supplier and hub staff may read the order but not review it; other buyers do not learn it exists.
    await expect(writeReview(db(), supplier, order.id, { rating: 5, text })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(writeReview(db(), finance, order.id, { rating: 5, text })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(writeReview(db(), otherBuyer, order.id, { rating: 5, text })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(writeReview(db(), buyer, randomUUID(), { rating: 5, text })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await getOrderReview(db(), supplier, order.id)).canWrite).toBe(false);

    const written = await writeReview(db(), buyer, order.id, { rating: 4, text: `  ${text}  ` });
    expect(written.status).toBe("PENDING");
    const stored = await db().orderReview.findUniqueOrThrow({ where: { id: written.id } });
    expect(stored).toMatchObject({ orderId: order.id, supplierId: supplier.organization.id, buyerId: buyer.organization.id, rating: 4, text, createdById: buyer.userId, moderatedAt: null });
    const audit = await db().auditEvent.findFirstOrThrow({ where: { action: "review.submitted", targetId: written.id } });
    expect(audit).toMatchObject({ actorUserId: buyer.userId, organizationId: supplier.organization.id });

    // A colleague of the buyer cannot add a second one.
    const colleague = await createActor(db(), { type: "BUYER", roles: ["buyer"], organizationId: buyer.organization.id });
    await expect(writeReview(db(), colleague, order.id, { rating: 1, text })).rejects.toMatchObject({ code: "CONFLICT", details: { messageKey: "trust:errors.already_reviewed" } });
    expect(await db().orderReview.count({ where: { orderId: order.id } })).toBe(1);
  }, 120_000);

  it("validates the rating (1–5) and the text (10–1000 characters)", async () => {
    const { buyer, order } = await orderUntil("COMPLETED");
    for (const rating of [0, 6, 2.5, undefined]) {
      await expect(writeReview(db(), buyer, order.id, { rating, text })).rejects.toMatchObject({ code: "VALIDATION_FAILED", details: { fields: { rating: expect.any(String) } } });
    }
    await expect(writeReview(db(), buyer, order.id, { rating: 3, text: "  too short " })).rejects.toMatchObject({ details: { fields: { text: "field.too_short" } } });
    await expect(writeReview(db(), buyer, order.id, { rating: 3, text: "x".repeat(1001) })).rejects.toMatchObject({ details: { fields: { text: "field.too_long" } } });
    await expect(writeReview(db(), buyer, order.id, { rating: 3, text: "x".repeat(1000) })).resolves.toMatchObject({ status: "PENDING" });
  }, 120_000);

  it("lets two colleagues racing on the same order end with one review", async () => {
    const { buyer, order } = await orderUntil("COMPLETED");
    const colleague = await createActor(db(), { type: "BUYER", roles: ["buyer_admin"], organizationId: buyer.organization.id });
    const results = await Promise.allSettled([writeReview(db(), buyer, order.id, { rating: 5, text }), writeReview(db(), colleague, order.id, { rating: 2, text })]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(results.find((result) => result.status === "rejected")).toMatchObject({ reason: { code: "CONFLICT" } });
    expect(await db().orderReview.count({ where: { orderId: order.id } })).toBe(1);
  }, 120_000);
});

describe("moderation", () => {
  it("keeps reviews private until a moderator publishes them, and only moderators and admins may decide", async () => {
    const { buyer, supplier, finance, order } = await orderUntil("COMPLETED");
    const { id } = await writeReview(db(), buyer, order.id, { rating: 5, text });

    // Pending: in the queue, not public, not in the rating, not shown to the supplier.
    const queue = await listReviewQueue(db(), moderator);
    expect(queue.reviews.map((review) => review.id)).toContain(id);
    const queued = queue.reviews.find((review) => review.id === id)!;
    expect(queued.order).toMatchObject({ id: order.id, number: order.number, supplier: { id: supplier.organization.id }, buyer: { id: buyer.organization.id } });
    expect((await listPublishedReviews(db(), supplier.organization.id)).total).toBe(0);
    expect((await getSupplierTrustSignalsFor(db(), supplier.organization.id))!.rating.count).toBe(0);
    expect((await getOrderReview(db(), supplier, order.id)).review).toBeNull();
    expect((await getOrderReview(db(), buyer, order.id)).review).toMatchObject({ id, status: "PENDING" });
    expect((await getOrderReview(db(), finance, order.id)).review).toMatchObject({ id, status: "PENDING" });

    for (const actor of [supplier, buyer, otherBuyer, finance]) {
      await expect(moderateReview(db(), actor, id, { decision: "publish" })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(listReviewQueue(db(), actor)).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    await expect(moderateReview(db(), moderator, id, { decision: "approve" })).rejects.toMatchObject({ code: "VALIDATION_FAILED" });
    await expect(moderateReview(db(), moderator, randomUUID(), { decision: "publish" })).rejects.toMatchObject({ code: "NOT_FOUND" });

    await expect(moderateReview(db(), moderator, id, { decision: "publish" })).resolves.toEqual({ id, status: "PUBLISHED" });
    await expect(moderateReview(db(), admin, id, { decision: "reject" })).rejects.toMatchObject({ code: "CONFLICT", details: { messageKey: "trust:errors.review_decided" } });
    expect(await db().orderReview.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "PUBLISHED", moderatedById: moderator.userId });
    expect(await db().auditEvent.count({ where: { action: "review.published", targetId: id, actorUserId: moderator.userId, organizationId: supplier.organization.id } })).toBe(1);
    expect(await db().notification.count({ where: { userId: supplier.userId, type: "review.published" } })).toBe(1);

    const published = await listPublishedReviews(db(), supplier.organization.id);
    expect(published.reviews).toEqual([expect.objectContaining({ id, rating: 5, text, buyerCity: "Almaty", buyerCountry: "KZ" })]);
    expect(Object.keys(published.reviews[0]!)).not.toContain("buyerName");
    expect((await getOrderReview(db(), supplier, order.id)).review).toMatchObject({ id, status: "PUBLISHED" });
    expect((await listReviewQueue(db(), moderator)).reviews.map((review) => review.id)).not.toContain(id);
  }, 120_000);

  it("tells the author when a review is rejected and never publishes it", async () => {
    const { buyer, supplier, order } = await orderUntil("COMPLETED");
    const { id } = await writeReview(db(), buyer, order.id, { rating: 1, text: "Call me on +7 700 000 00 00 for the real story." });
    await expect(moderateReview(db(), admin, id, { decision: "reject" })).resolves.toEqual({ id, status: "REJECTED" });
    expect(await db().notification.count({ where: { userId: buyer.userId, type: "review.rejected", link: `/orders/${order.id}` } })).toBe(1);
    expect(await db().notification.count({ where: { userId: supplier.userId, type: { startsWith: "review." } } })).toBe(0);
    expect((await listPublishedReviews(db(), supplier.organization.id)).total).toBe(0);
    expect((await getOrderReview(db(), supplier, order.id)).review).toBeNull();
    expect((await getOrderReview(db(), buyer, order.id)).review).toMatchObject({ status: "REJECTED" });
    // Rejected is final: the order stays reviewed.
    await expect(writeReview(db(), buyer, order.id, { rating: 3, text })).rejects.toMatchObject({ code: "CONFLICT" });
  }, 120_000);

  it("serves the queue oldest first", async () => {
    const first = await orderUntil("COMPLETED");
    const second = await orderUntil("COMPLETED");
    const newer = await writeReview(db(), second.buyer, second.order.id, { rating: 3, text });
    const older = await writeReview(db(), first.buyer, first.order.id, { rating: 4, text });
    await db().orderReview.update({ where: { id: older.id }, data: { createdAt: new Date(Date.now() - 3 * 86_400_000) } });
    const ids = (await listReviewQueue(db(), moderator)).reviews.map((review) => review.id);
    expect(ids.indexOf(older.id)).toBeGreaterThanOrEqual(0);
    expect(ids.indexOf(older.id)).toBeLessThan(ids.indexOf(newer.id));
  }, 120_000);
});
