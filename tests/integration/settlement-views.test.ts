import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { minorToDecimal } from "@/lib/money/decimal";
import { transitionOrder } from "@/lib/orders/transition-order";
import { statementCsv } from "@/lib/settlement/export-statement";
import { getOrderSettlement } from "@/lib/settlement/get-order-settlement";
import { getStatement } from "@/lib/settlement/get-statement";
import { invoicePdfData } from "@/lib/settlement/invoice-pdf-data";
import { renderInvoicePdf } from "@/lib/settlement/pdf/render-invoice-pdf";
import { recordBankTransfer } from "@/lib/settlement/record-bank-transfer";
import { releasePayout } from "@/lib/settlement/release-payout";
import { setCommissionRate } from "@/lib/settlement/set-commission-rate";
import { createActor } from "../support/factories";
import { orderAwaitingPayment, seedSettlementBasics, type SettlementFixture } from "../support/settlement-fixtures";
import { setupTestDatabase } from "../support/setup-test-db";

const db = setupTestDatabase();
const today = new Date().toISOString().slice(0, 10);
let settled: SettlementFixture;

beforeAll(async () => {
  await seedSettlementBasics(db());
  settled = await orderAwaitingPayment(db());
  await setCommissionRate(db(), settled.finance, { categorySlug: "solar-panel", percent: "3.5" });
  const invoice = await db().invoice.findFirstOrThrow({ where: { orderId: settled.order.id } });
  await recordBankTransfer(db(), settled.finance, { paymentReference: invoice.paymentReference, amount: { amount: minorToDecimal(invoice.amountMinor, "KZT"), currency: "KZT" }, bankReference: `VIEW-${invoice.id}`, valueDate: today });
  for (const to of ["IN_PRODUCTION", "SHIPPED"] as const) await transitionOrder(db(), settled.supplier, settled.order.id, { to, shipment: { carrier: "KTZ", trackingNumber: "V-1" } });
  await transitionOrder(db(), settled.buyer, settled.order.id, { to: "DELIVERED" });
  await releasePayout(db(), settled.finance, settled.order.id, { currency: "CNY" });
});

describe("order settlement view", () => {
  it("shows the parties what they may see and nobody else anything", async () => {
    const forSupplier = await getOrderSettlement(db(), settled.supplier, settled.order.id);
    expect(forSupplier.payout).toMatchObject({ commissionBps: 350, currency: "CNY", amountMinor: 60_000_000n - 2_100_000n });
    expect(forSupplier.transactions.map((t) => t.kind)).toEqual(["INVOICE_ISSUED", "PAYMENT_RECEIVED", "COMMISSION", "PAYOUT"]);
    expect(forSupplier).toMatchObject({ currency: "KZT", outstandingMinor: 0n, creditMinor: 0n });

    const forBuyer = await getOrderSettlement(db(), settled.buyer, settled.order.id);
    expect(forBuyer.payout).toBeNull();
    expect(forBuyer.transactions.map((t) => t.kind)).toEqual(["INVOICE_ISSUED", "PAYMENT_RECEIVED"]);
    expect(forBuyer.fxSnapshots.map((s) => s.usedFor)).not.toContain("payout");

    const otherBuyer = await createActor(db(), { type: "BUYER" });
    const otherSupplier = await createActor(db(), { type: "SUPPLIER" });
    for (const outsider of [otherBuyer, otherSupplier]) {
      await expect(getOrderSettlement(db(), outsider, settled.order.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
      const invoice = await db().invoice.findFirstOrThrow({ where: { orderId: settled.order.id } });
      await expect(invoicePdfData(db(), outsider, invoice.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
  });

  it("prints the proforma invoice with its payment reference", async () => {
    const invoice = await db().invoice.findFirstOrThrow({ where: { orderId: settled.order.id } });
    const data = await invoicePdfData(db(), settled.buyer, invoice.id);
    expect(data).toMatchObject({ number: invoice.number, paymentReference: invoice.paymentReference, invoiceAmount: { minor: invoice.amountMinor, currency: "KZT" } });
    expect(data.labels.primary.fxNote).toContain("CNY");
    const pdf = await renderInvoicePdf(data);
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
  });
});

describe("statements", () => {
  it("sum to the ledger for the buyer (KZT) and the supplier (CNY), in CSV too", async () => {
    for (const [actor, currency] of [[settled.buyer, "KZT"], [settled.supplier, "CNY"]] as const) {
      const statement = await getStatement(db(), actor, { currency, from: today, to: today });
      expect(statement.closingBalanceMinor).toBe(statement.ledgerBalanceMinor);
      expect(statement.lines.length).toBeGreaterThanOrEqual(2);
      const rows = parse(statementCsv(statement, "ru").replace(/^\uFEFF/, "")) as string[][];
      const closing = rows.at(-1)!;
      expect(closing[6]).toBe(minorToDecimal(statement.ledgerBalanceMinor, currency));
      expect(rows).toHaveLength(statement.lines.length + 3);
    }
    const buyerStatement = await getStatement(db(), settled.buyer, { currency: "KZT", from: today, to: today });
    // A transfer valued today comes after the invoice issued today that it pays.
    expect(buyerStatement.lines.map((line) => line.kind)).toEqual(["INVOICE_ISSUED", "PAYMENT_RECEIVED"]);
    expect(buyerStatement.rows.every((row) => row.balanceMinor >= 0n)).toBe(true);
    const supplierStatement = await getStatement(db(), settled.supplier, { currency: "CNY", from: today, to: today });
    expect(supplierStatement.totalDebitMinor).toBe(60_000_000n - 2_100_000n);
    expect(supplierStatement.totalCreditMinor).toBe(60_000_000n - 2_100_000n);
  });

  it("are scoped: a company reads its own, hub staff anyone's", async () => {
    const query = { currency: "KZT", from: today, to: today, organizationId: settled.buyer.organization.id };
    await expect(getStatement(db(), settled.supplier, query)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(getStatement(db(), await createActor(db(), { type: "BUYER" }), query)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await getStatement(db(), settled.finance, query)).organization.id).toBe(settled.buyer.organization.id);
    await expect(getStatement(db(), settled.buyer, { currency: "KZT", from: "2026-12-31", to: "2026-01-01" })).rejects.toMatchObject({ code: "VALIDATION_FAILED" });
    await expect(getStatement(db(), settled.buyer, { currency: "XYZ", from: today, to: today })).rejects.toMatchObject({ code: "VALIDATION_FAILED" });
  });
});
