import { beforeAll, describe, expect, it } from "vitest";
import { answerDispute } from "@/lib/disputes/answer-dispute";
import { decideDispute } from "@/lib/disputes/decide-dispute";
import { escalateDisputes } from "@/lib/disputes/escalate-disputes";
import { openDispute } from "@/lib/disputes/open-dispute";
import { checkLedger } from "@/lib/ledger/check-ledger";
import { minorToDecimal } from "@/lib/money/decimal";
import { setOrderHold } from "@/lib/orders/hold-order";
import { transitionOrder } from "@/lib/orders/transition-order";
import { getOrderSettlement } from "@/lib/settlement/get-order-settlement";
import { recordBankTransfer } from "@/lib/settlement/record-bank-transfer";
import { refundBankPayment, refundableMinor } from "@/lib/settlement/refund-payment";
import { releasePayout } from "@/lib/settlement/release-payout";
import { createActor } from "../support/factories";
import { orderAwaitingPayment, seedSettlementBasics, type SettlementFixture } from "../support/settlement-fixtures";
import { setupTestDatabase } from "../support/setup-test-db";

const db = setupTestDatabase();
const today = () => new Date().toISOString().slice(0, 10);
const complaint = { reason: "quality_not_as_agreed", description: "Half of the panels arrived with cracked glass; photos attached." };

beforeAll(async () => {
  await seedSettlementBasics(db());
});

async function pay(fixture: SettlementFixture) {
  for (const invoice of await db().invoice.findMany({ where: { orderId: fixture.order.id }, orderBy: { number: "asc" } })) {
    await recordBankTransfer(db(), fixture.finance, { paymentReference: invoice.paymentReference, amount: { amount: minorToDecimal(invoice.amountMinor, "KZT"), currency: "KZT" }, bankReference: `D-${invoice.id}`, valueDate: today() });
  }
}

async function deliveredOrder(): Promise<SettlementFixture> {
  const fixture = await orderAwaitingPayment(db());
  await pay(fixture);
  for (const to of ["IN_PRODUCTION", "SHIPPED"] as const) await transitionOrder(db(), fixture.supplier, fixture.order.id, { to, shipment: { carrier: "KTZ", trackingNumber: "D-1" } });
  await transitionOrder(db(), fixture.buyer, fixture.order.id, { to: "DELIVERED" });
  return fixture;
}

async function expectLedgerClean() {
  expect((await checkLedger(db())).violations).toEqual([]);
}

describe("disputes", () => {
  it("a partial refund becomes the buyer's credit, is returned by finance, and the payout is the rest", async () => {
    const fixture = await deliveredOrder();
    const moderator = await createActor(db(), { type: "HUB", roles: ["moderator"] });
    const dispute = await openDispute(db(), fixture.buyer, fixture.order.id, complaint);
    expect((await db().order.findUniqueOrThrow({ where: { id: fixture.order.id } })).status).toBe("DISPUTED");
    await expect(releasePayout(db(), fixture.finance, fixture.order.id, {})).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(openDispute(db(), fixture.buyer, fixture.order.id, complaint)).rejects.toMatchObject({ code: "CONFLICT" });
    await answerDispute(db(), fixture.supplier, dispute.id, { answer: "The glass was intact at loading; see the packing photos." });

    await expect(decideDispute(db(), fixture.finance, dispute.id, { decision: "REJECTED", note: "x" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(decideDispute(db(), moderator, dispute.id, { decision: "PARTIAL_REFUND", refund: { amount: "600000.00", currency: "CNY" }, note: "too much" })).rejects.toMatchObject({ code: "VALIDATION_FAILED" });
    const decided = await decideDispute(db(), moderator, dispute.id, { decision: "PARTIAL_REFUND", refund: { amount: "100000.00", currency: "CNY" }, note: "Half of the damaged panels compensated." });
    expect(decided.orderStatus).toBe("COMPLETED");
    await expectLedgerClean();

    const settlement = await getOrderSettlement(db(), fixture.buyer, fixture.order.id);
    expect(settlement.creditedMinor).toBeGreaterThan(0n);
    expect(settlement.creditMinor).toBe(settlement.creditedMinor);
    const payment = await db().payment.findFirstOrThrow({ where: { invoice: { orderId: fixture.order.id } } });
    const refundable = await db().$transaction((tx) => refundableMinor(tx, payment));
    expect(refundable).toBe(settlement.creditedMinor);
    await refundBankPayment(db(), fixture.finance, payment.id, { amount: { amount: minorToDecimal(refundable, "KZT"), currency: "KZT" }, reason: "Dispute: partial refund" });
    expect((await getOrderSettlement(db(), fixture.buyer, fixture.order.id)).creditMinor).toBe(0n);

    const payout = await releasePayout(db(), fixture.finance, fixture.order.id, {});
    // (600,000.00 − 100,000.00) CNY less 2.5 % commission.
    expect(payout.amountMinor).toBe(50_000_000n - 1_250_000n);
    await expectLedgerClean();
  });

  it("a full refund cancels the order and credits everything; a rejection puts the order back", async () => {
    const moderator = await createActor(db(), { type: "HUB", roles: ["moderator"] });
    const full = await deliveredOrder();
    const first = await openDispute(db(), full.buyer, full.order.id, complaint);
    expect((await decideDispute(db(), moderator, first.id, { decision: "FULL_REFUND", note: "Wrong goods delivered." })).orderStatus).toBe("CANCELLED");
    const invoice = await db().invoice.findFirstOrThrow({ where: { orderId: full.order.id } });
    expect(invoice.creditedMinor).toBe(invoice.amountMinor);
    await expect(releasePayout(db(), full.finance, full.order.id, {})).rejects.toMatchObject({ code: "CONFLICT" });

    const rejected = await deliveredOrder();
    const second = await openDispute(db(), rejected.buyer, rejected.order.id, complaint);
    expect((await decideDispute(db(), moderator, second.id, { decision: "REJECTED", note: "Photos show intact goods on arrival." })).orderStatus).toBe("DELIVERED");
    await expect(decideDispute(db(), moderator, second.id, { decision: "REJECTED", note: "again" })).rejects.toMatchObject({ code: "CONFLICT" });
    await releasePayout(db(), rejected.finance, rejected.order.id, {});
    await expectLedgerClean();
  });

  it("late orders can be disputed before delivery, on time ones cannot, and only by their buyer", async () => {
    const fixture = await orderAwaitingPayment(db());
    await pay(fixture);
    await expect(openDispute(db(), fixture.buyer, fixture.order.id, { ...complaint, reason: "late_delivery" })).rejects.toMatchObject({ code: "CONFLICT" });
    await db().order.update({ where: { id: fixture.order.id }, data: { deliveryDate: new Date(Date.now() - 3 * 86_400_000) } });
    await expect(openDispute(db(), fixture.supplier, fixture.order.id, complaint)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(openDispute(db(), await createActor(db(), { type: "BUYER" }), fixture.order.id, complaint)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(openDispute(db(), fixture.buyer, fixture.order.id, { reason: "late_delivery", description: "short" })).rejects.toMatchObject({ code: "VALIDATION_FAILED" });
    const dispute = await openDispute(db(), fixture.buyer, fixture.order.id, { ...complaint, reason: "late_delivery" });
    expect((await db().dispute.findUniqueOrThrow({ where: { id: dispute.id } })).orderStatusBefore).toBe("PAID");
  });

  it("escalates once when the supplier does not answer in time", async () => {
    const fixture = await deliveredOrder();
    const past = new Date(Date.now() - 30 * 86_400_000);
    const dispute = await openDispute(db(), fixture.buyer, fixture.order.id, complaint, { now: past });
    expect(await escalateDisputes(db())).toBeGreaterThanOrEqual(1);
    expect((await db().dispute.findUniqueOrThrow({ where: { id: dispute.id } })).status).toBe("ESCALATED");
    const again = await escalateDisputes(db());
    expect((await db().dispute.findUniqueOrThrow({ where: { id: dispute.id } })).escalatedAt).not.toBeNull();
    expect(again).toBe(0);
  });
});

describe("order holds", () => {
  it("keep transfers unmatched and block the payout until released; finance cannot hold", async () => {
    const fixture = await orderAwaitingPayment(db());
    const moderator = await createActor(db(), { type: "HUB", roles: ["moderator"] });
    await expect(setOrderHold(db(), fixture.finance, fixture.order.id, { hold: true, reason: "Third-party payer" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await setOrderHold(db(), moderator, fixture.order.id, { hold: true, reason: "Payer is not the buyer" });
    const invoice = await db().invoice.findFirstOrThrow({ where: { orderId: fixture.order.id } });
    const recorded = await recordBankTransfer(db(), fixture.finance, { paymentReference: invoice.paymentReference, amount: { amount: minorToDecimal(invoice.amountMinor, "KZT"), currency: "KZT" }, bankReference: `HOLD-${invoice.id}`, valueDate: today() });
    expect(recorded).toMatchObject({ status: "UNMATCHED", unmatchedReason: "order_on_hold" });
    await setOrderHold(db(), moderator, fixture.order.id, { hold: false, reason: "Payer confirmed as the buyer's parent company" });
    await expectLedgerClean();
  });
});
