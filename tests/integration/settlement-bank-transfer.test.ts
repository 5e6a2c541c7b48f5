import { beforeAll, describe, expect, it } from "vitest";
import { checkLedger } from "@/lib/ledger/check-ledger";
import { transitionOrder } from "@/lib/orders/transition-order";
import { matchPayment } from "@/lib/settlement/match-payment";
import { recordBankTransfer } from "@/lib/settlement/record-bank-transfer";
import { refundBankPayment } from "@/lib/settlement/refund-payment";
import { releasePayout } from "@/lib/settlement/release-payout";
import { minorToDecimal } from "@/lib/money/decimal";
import { createActor } from "../support/factories";
import { orderAwaitingPayment, seedSettlementBasics } from "../support/settlement-fixtures";
import { setupTestDatabase } from "../support/setup-test-db";

const db = setupTestDatabase();
const today = new Date().toISOString().slice(0, 10);
let bankCounter = 0;
const bankReference = () => `BANK-${Date.now()}-${(bankCounter += 1)}`;

beforeAll(async () => {
  await seedSettlementBasics(db());
});

async function expectLedgerClean() {
  const { violations } = await checkLedger(db());
  expect(violations).toEqual([]);
}

async function invoicesOf(orderId: string) {
  return db().invoice.findMany({ where: { orderId }, orderBy: { number: "asc" } });
}

describe("bank transfer settlement", () => {
  it("issues a KZT invoice, matches a full transfer by a mangled reference, pays out in CNY net of commission", async () => {
    const { supplier, finance, buyer, order } = await orderAwaitingPayment(db());
    const [invoice] = await invoicesOf(order.id);
    expect(invoice).toMatchObject({ kind: "FULL", currency: "KZT", orderCurrency: "CNY", orderAmountMinor: 60_000_000n, status: "ISSUED" });
    // 600,000 CNY → USD at 1/7.12 → KZT at 489.15, rounded once.
    expect(invoice!.amountMinor).toBe(4_122_050_562n);
    await expectLedgerClean();

    const mangled = `оплата по счету ${invoice!.paymentReference.toLowerCase().replace(/-/g, " ")}`;
    const recorded = await recordBankTransfer(db(), finance, { paymentReference: mangled, amount: { amount: minorToDecimal(invoice!.amountMinor, "KZT"), currency: "KZT" }, bankReference: bankReference(), valueDate: today });
    expect(recorded).toMatchObject({ status: "MATCHED", invoiceId: invoice!.id });
    expect((await db().order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("PAID");
    await expectLedgerClean();

    await expect(releasePayout(db(), finance, order.id, {})).rejects.toMatchObject({ code: "CONFLICT" });
    for (const to of ["IN_PRODUCTION", "SHIPPED"] as const) await transitionOrder(db(), supplier, order.id, { to, shipment: { carrier: "KTZ", trackingNumber: "T-1" } });
    await transitionOrder(db(), buyer, order.id, { to: "DELIVERED" });
    const payout = await releasePayout(db(), finance, order.id, {});
    // 2.5 % default commission on 600,000.00 CNY.
    expect(payout).toMatchObject({ currency: "CNY", amountMinor: 58_500_000n });
    await expect(releasePayout(db(), finance, order.id, {})).rejects.toMatchObject({ code: "CONFLICT" });
    await expectLedgerClean();
  });

  it("splits deposit and balance from the payment terms, handles partial and over-payment, and blocks shipping until the balance is paid", async () => {
    const { supplier, finance, buyer, order } = await orderAwaitingPayment(db(), { paymentTerms: "30% deposit, 70% before shipment" });
    const [deposit, balance] = await invoicesOf(order.id);
    expect([deposit!.kind, balance!.kind]).toEqual(["DEPOSIT", "BALANCE"]);
    expect(deposit!.orderAmountMinor + balance!.orderAmountMinor).toBe(60_000_000n);
    expect(deposit!.orderAmountMinor).toBe(18_000_000n);

    const half = deposit!.amountMinor / 2n;
    await recordBankTransfer(db(), finance, { paymentReference: deposit!.paymentReference, amount: { amount: minorToDecimal(half, "KZT"), currency: "KZT" }, bankReference: bankReference(), valueDate: today });
    expect((await db().invoice.findUniqueOrThrow({ where: { id: deposit!.id } })).status).toBe("PARTIALLY_PAID");
    expect((await db().order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("AWAITING_PAYMENT");
    await recordBankTransfer(db(), finance, { paymentReference: deposit!.paymentReference, amount: { amount: minorToDecimal(deposit!.amountMinor - half, "KZT"), currency: "KZT" }, bankReference: bankReference(), valueDate: today });
    expect((await db().order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("PAID");

    await transitionOrder(db(), supplier, order.id, { to: "IN_PRODUCTION" });
    await expect(transitionOrder(db(), supplier, order.id, { to: "SHIPPED", shipment: { carrier: "KTZ", trackingNumber: "T-2" } })).rejects.toMatchObject({ code: "CONFLICT" });

    const over = balance!.amountMinor + 100_000n;
    const paid = await recordBankTransfer(db(), finance, { paymentReference: balance!.paymentReference, amount: { amount: minorToDecimal(over, "KZT"), currency: "KZT" }, bankReference: bankReference(), valueDate: today });
    expect((await db().invoice.findUniqueOrThrow({ where: { id: balance!.id } })).status).toBe("PAID");
    const receivable = await db().ledgerAccount.findUniqueOrThrow({ where: { key: `BUYER_RECEIVABLE:${buyer.organization.id}:KZT` } });
    expect(receivable.balanceMinor).toBe(-100_000n);
    await expect(refundBankPayment(db(), finance, paid.id, { amount: { amount: "1000.01", currency: "KZT" }, reason: "Over-payment returned" })).rejects.toMatchObject({ code: "VALIDATION_FAILED" });
    await refundBankPayment(db(), finance, paid.id, { amount: { amount: "1000.00", currency: "KZT" }, reason: "Over-payment returned" });
    expect((await db().ledgerAccount.findUniqueOrThrow({ where: { key: receivable.key } })).balanceMinor).toBe(0n);
    await transitionOrder(db(), supplier, order.id, { to: "SHIPPED", shipment: { carrier: "KTZ", trackingNumber: "T-2" } });
    await expectLedgerClean();
  });

  it("keeps unmatched transfers apart until finance places them, and refuses the same bank reference twice", async () => {
    const { finance, order } = await orderAwaitingPayment(db());
    const [invoice] = await invoicesOf(order.id);
    const reference = bankReference();
    const amount = { amount: minorToDecimal(invoice!.amountMinor, "KZT"), currency: "KZT" };
    const unmatched = await recordBankTransfer(db(), finance, { paymentReference: "payment for panels", amount, bankReference: reference, valueDate: today });
    expect(unmatched).toMatchObject({ status: "UNMATCHED", unmatchedReason: "no_reference" });
    await expect(recordBankTransfer(db(), finance, { paymentReference: invoice!.paymentReference, amount, bankReference: reference, valueDate: today })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(matchPayment(db(), finance, unmatched.id, { invoiceReference: "INV-1999-000001" })).rejects.toMatchObject({ code: "VALIDATION_FAILED" });
    await matchPayment(db(), finance, unmatched.id, { invoiceReference: invoice!.number });
    await expect(matchPayment(db(), finance, unmatched.id, { invoiceReference: invoice!.number })).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await db().order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("PAID");
    expect(await db().payment.count({ where: { externalReference: reference } })).toBe(1);
    await expectLedgerClean();
  });

  it("posts the same bank transfer recorded twice at once exactly once, and two simultaneous payouts pay once", async () => {
    const { finance, supplier, buyer, order } = await orderAwaitingPayment(db());
    const [invoice] = await invoicesOf(order.id);
    const otherFinance = await createActor(db(), { type: "HUB", roles: ["finance"] });
    const input = { paymentReference: invoice!.paymentReference, amount: { amount: minorToDecimal(invoice!.amountMinor, "KZT"), currency: "KZT" }, bankReference: bankReference(), valueDate: today };
    const results = await Promise.allSettled([recordBankTransfer(db(), finance, input), recordBankTransfer(db(), otherFinance, input)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.find((r) => r.status === "rejected")).toMatchObject({ reason: { code: "CONFLICT" } });
    expect(await db().ledgerTransaction.count({ where: { invoiceId: invoice!.id, kind: "PAYMENT_RECEIVED" } })).toBe(1);

    await transitionOrder(db(), supplier, order.id, { to: "IN_PRODUCTION" });
    await transitionOrder(db(), supplier, order.id, { to: "SHIPPED", shipment: { carrier: "KTZ", trackingNumber: "T-3" } });
    await transitionOrder(db(), buyer, order.id, { to: "DELIVERED" });
    const payouts = await Promise.allSettled([releasePayout(db(), finance, order.id, {}), releasePayout(db(), otherFinance, order.id, {})]);
    expect(payouts.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await db().ledgerTransaction.count({ where: { orderId: order.id, kind: "PAYOUT" } })).toBe(1);
    await expectLedgerClean();
  });

  it("voids invoices when an unpaid order is cancelled and lets only finance record payments", async () => {
    const { buyer, supplier, order } = await orderAwaitingPayment(db());
    const [invoice] = await invoicesOf(order.id);
    for (const outsider of [buyer, supplier, await createActor(db(), { type: "HUB", roles: ["moderator"] })]) {
      await expect(recordBankTransfer(db(), outsider, { paymentReference: invoice!.paymentReference, amount: { amount: "1.00", currency: "KZT" }, bankReference: bankReference(), valueDate: today })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    await transitionOrder(db(), buyer, order.id, { to: "CANCELLED" });
    expect((await db().invoice.findUniqueOrThrow({ where: { id: invoice!.id } })).status).toBe("VOID");
    const receivable = await db().ledgerAccount.findUniqueOrThrow({ where: { key: `BUYER_RECEIVABLE:${buyer.organization.id}:KZT` } });
    expect(receivable.balanceMinor).toBe(0n);
    await expectLedgerClean();
  });

  it("refuses invalid transfers with field errors and changes nothing", async () => {
    const { finance } = await orderAwaitingPayment(db());
    const before = await db().ledgerTransaction.count();
    for (const bad of [
      { paymentReference: "", amount: { amount: "10", currency: "KZT" }, bankReference: "B-1", valueDate: today },
      { paymentReference: "x", amount: { amount: "10.001", currency: "KZT" }, bankReference: "B-2", valueDate: today },
      { paymentReference: "x", amount: { amount: "10", currency: "XXX" }, bankReference: "B-3", valueDate: today },
      { paymentReference: "x", amount: { amount: "10", currency: "KZT" }, bankReference: "B-4", valueDate: "2999-01-01" },
      { paymentReference: "x", amount: { amount: "10", currency: "KZT" }, bankReference: "B-5", valueDate: "2026-02-30" },
    ]) {
      await expect(recordBankTransfer(db(), finance, bad)).rejects.toMatchObject({ code: "VALIDATION_FAILED" });
    }
    expect(await db().ledgerTransaction.count()).toBe(before);
  });
});
