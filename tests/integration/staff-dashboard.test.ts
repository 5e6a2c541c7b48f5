import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { loadActor } from "@/lib/auth/load-actor";
import { getStaffQueues } from "@/lib/hub/get-staff-queues";
import { getStaffTrends } from "@/lib/hub/get-staff-trends";
import { minorToDecimal } from "@/lib/money/decimal";
import { listMonitoringFlags } from "@/lib/monitoring/list-monitoring-flags";
import { createRfq } from "@/lib/rfq/create-rfq";
import { submitQuote } from "@/lib/rfq/submit-quote";
import { recordBankTransfer } from "@/lib/settlement/record-bank-transfer";
import { createActor } from "../support/factories";
import { orderAwaitingPayment, seedSettlementBasics } from "../support/settlement-fixtures";
import { setupTestDatabase } from "../support/setup-test-db";

const db = setupTestDatabase();
const day = 86_400_000;
const hour = 3_600_000;
let moderator: Actor;
let supplier: Actor;

beforeAll(async () => {
  await seedSettlementBasics(db());
  moderator = await createActor(db(), { type: "HUB", roles: ["moderator"] });
  supplier = await createActor(db(), { type: "SUPPLIER" });
});

const verificationRequest = (data: { status?: "SUBMITTED" | "APPROVED" | "REJECTED"; submittedAt: Date; decidedAt?: Date | null }) =>
  db().verificationRequest.create({
    data: { organizationId: supplier.organization.id, creditCode: "91320500MA1MXXXX0X", legalRepresentative: "Li Wei", registeredAddress: "Suzhou", submittedById: supplier.userId, status: data.status ?? "SUBMITTED", submittedAt: data.submittedAt, decidedAt: data.decidedAt ?? null },
  });

describe("staff work queues", () => {
  it("counts each queue and dates its oldest item; finance sees none of them, a buyer is refused", async () => {
    const now = new Date();
    const ago = (days: number) => new Date(now.getTime() - days * day);
    await verificationRequest({ submittedAt: ago(3) });
    await verificationRequest({ submittedAt: ago(1) });
    await verificationRequest({ status: "APPROVED", submittedAt: ago(10), decidedAt: ago(9) });
    const category = await db().category.findUniqueOrThrow({ where: { slug: "solar-panel" } });
    for (const [index, [status, submittedAt]] of ([["PENDING_REVIEW", ago(5)], ["PENDING_REVIEW", ago(2)], ["PUBLISHED", ago(40)]] as const).entries()) {
      await db().listing.create({
        data: { supplierId: supplier.organization.id, sku: `Q-${index}`, categoryId: category.id, title: { en: "Panel" }, description: { en: "Panel" }, hsCode: "8541.43", unit: "pc", moq: 1, currency: "CNY", leadTimeDays: 10, incoterms: [], certifications: [], status, submittedAt },
      });
    }
    const [first, second] = [await orderAwaitingPayment(db()), await orderAwaitingPayment(db())];
    const dispute = (order: { id: string }, openedBy: Actor, status: "OPEN" | "DECIDED", openedAt: Date) =>
      db().dispute.create({ data: { orderId: order.id, reason: "quality_not_as_agreed", description: "Cracked glass", status, openedById: openedBy.userId, openedAt, orderStatusBefore: "DELIVERED", supplierDueAt: now, decisionDueAt: now } });
    await dispute(first.order, first.buyer, "OPEN", ago(4));
    await dispute(second.order, second.buyer, "DECIDED", ago(20));
    const review = (fixture: typeof first, status: "PENDING" | "PUBLISHED", createdAt: Date) =>
      db().orderReview.create({ data: { orderId: fixture.order.id, supplierId: fixture.supplier.organization.id, buyerId: fixture.buyer.organization.id, rating: 4, text: "Good panels", status, createdById: fixture.buyer.userId, createdAt } });
    await review(first, "PENDING", ago(6));
    await review(second, "PUBLISHED", ago(30));

    const flags = await listMonitoringFlags(db(), moderator, { now });
    expect(flags.total).toBeGreaterThanOrEqual(2); // both fixtures: new suppliers, 600,000.00 CNY orders
    expect(await getStaffQueues(db(), moderator, now)).toEqual([
      { key: "verification", count: 2, oldestAt: ago(3) },
      { key: "listings", count: 2, oldestAt: ago(5) },
      { key: "flags", count: flags.total, oldestAt: flags.oldestAt },
      { key: "disputes", count: 1, oldestAt: ago(4) },
      { key: "reviews", count: 1, oldestAt: ago(6) },
    ]);
    expect(await getStaffQueues(db(), first.finance, now)).toEqual([]);
    await expect(getStaffQueues(db(), first.buyer, now)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("staff trends", () => {
  // A Wednesday in the past, so only the rows crafted here fall in its 12 weeks (18 Mar – 9 Jun 2024).
  const now = new Date("2024-06-05T12:00:00Z");

  it("takes the weekly median of the time from an RFQ reaching a supplier to its first offer", async () => {
    const buyer = await createActor(db(), { type: "BUYER" });
    const suppliers: Actor[] = [];
    for (let index = 0; index < 3; index += 1) {
      const created = await createActor(db(), { type: "SUPPLIER" });
      await db().organization.update({ where: { id: created.organization.id }, data: { verificationStatus: "VERIFIED", verifiedAt: new Date() } });
      suppliers.push((await loadActor(db(), created.userId, "session"))!);
    }
    const rfq = await createRfq(db(), buyer, {
      title: "Cable", description: "4 mm²", categorySlug: "solar-panel", quantity: 100, unit: "pc", incoterm: "DAP", namedPlace: "Almaty", destination: { country: "KZ", city: "Almaty" },
      requiredBy: new Date(Date.now() + 60 * day).toISOString().slice(0, 10), expiresAt: new Date(Date.now() + 7 * day).toISOString(), visibility: "INVITED", invitedSupplierIds: suppliers.map((s) => s.organization.id),
    });
    // Received (UTC) and hours to the first offer: two in the week of 27 May (10 h, 30 h), one in the week of 20 May (5 h).
    const crafted: [string, number][] = [["2024-05-27T08:00:00Z", 10], ["2024-05-28T08:00:00Z", 30], ["2024-05-20T08:00:00Z", 5]];
    for (const [index, current] of suppliers.entries()) {
      const quote = await submitQuote(db(), current, rfq.id, { unitPrice: { amount: "10.00", currency: "CNY" }, quantity: 100, leadTimeDays: 10, incoterm: "DAP", namedPlace: "Almaty", validUntil: new Date(Date.now() + 5 * day).toISOString() });
      const [received, hours] = crafted[index]!;
      await db().rfqRecipient.update({ where: { rfqId_supplierId: { rfqId: rfq.id, supplierId: current.organization.id } }, data: { createdAt: new Date(received) } });
      await db().quoteRevision.update({ where: { quoteId_number: { quoteId: quote.id, number: 1 } }, data: { createdAt: new Date(Date.parse(received) + hours * hour) } });
    }

    const { responseTimes } = await getStaffTrends(db(), moderator, { now });
    expect(responseTimes).toHaveLength(12);
    expect(responseTimes[0]!.weekStart.toISOString()).toBe("2024-03-18T00:00:00.000Z");
    expect(responseTimes.map((point) => [point.weekStart.toISOString().slice(0, 10), point.responses, point.medianHours]).slice(8)).toEqual([
      ["2024-05-13", 0, null],
      ["2024-05-20", 1, 5],
      ["2024-05-27", 2, 20],
      ["2024-06-03", 0, null],
    ]);
    expect(responseTimes.slice(0, 8).every((point) => point.responses === 0)).toBe(true);
  });

  it("charts verification requests submitted and decided per week and those still open at each week's end", async () => {
    await verificationRequest({ status: "APPROVED", submittedAt: new Date("2024-05-21T09:00:00Z"), decidedAt: new Date("2024-05-29T09:00:00Z") });
    await verificationRequest({ submittedAt: new Date("2024-05-28T09:00:00Z") });
    await verificationRequest({ status: "REJECTED", submittedAt: new Date("2024-03-01T09:00:00Z"), decidedAt: new Date("2024-05-22T09:00:00Z") });
    await verificationRequest({ status: "APPROVED", submittedAt: new Date("2024-01-10T09:00:00Z"), decidedAt: new Date("2024-02-01T09:00:00Z") });

    const { backlog } = await getStaffTrends(db(), moderator, { now });
    const rows = backlog.map((point) => [point.weekStart.toISOString().slice(0, 10), point.submitted, point.decided, point.openAtEnd]);
    // Until the week of 13 May only the request from 1 March is waiting.
    expect(rows.slice(0, 9).every(([, submitted, decided, open]) => submitted === 0 && decided === 0 && open === 1)).toBe(true);
    expect(rows.slice(9)).toEqual([
      ["2024-05-20", 1, 1, 1],
      ["2024-05-27", 1, 1, 1],
      ["2024-06-03", 0, 0, 1],
    ]);
  });

  it("sums turnover by order currency and buyer country for staff, and refuses a buyer", async () => {
    const fixture = await orderAwaitingPayment(db());
    const invoice = await db().invoice.findFirstOrThrow({ where: { orderId: fixture.order.id } });
    await recordBankTransfer(db(), fixture.finance, { paymentReference: invoice.paymentReference, amount: { amount: minorToDecimal(invoice.amountMinor, "KZT"), currency: "KZT" }, bankReference: `GMV-${invoice.id}`, valueDate: new Date().toISOString().slice(0, 10) });
    expect((await getStaffTrends(db(), fixture.finance)).gmv).toEqual([{ country: "KZ", currency: "CNY", minor: 60_000_000n, orders: 1 }]);
    expect((await getStaffTrends(db(), moderator)).gmv).toHaveLength(1);
    await expect(getStaffTrends(db(), fixture.buyer)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
