import { describe, expect, it } from "vitest";
import { renderStatementPdf, statementRows, type StatementEntry, type StatementPdfData } from "./render-statement-pdf";

function entries(count: number): StatementEntry[] {
  return Array.from({ length: count }, (_, index) => {
    const isPayment = index % 4 === 3;
    return {
      date: new Date(Date.UTC(2026, 10, 1 + (index % 30), 12)),
      description: isPayment ? "Төлем мақсаты: оплата по счёту / Toʻlov" : `Предоплата 30% по заказу — 苏州丝路纺织有限公司, партия ${index + 1}`,
      reference: isPayment ? `INV-2026-${String(index).padStart(6, "0")}` : `ORD-2026-${String(index).padStart(6, "0")}`,
      debitMinor: isPayment ? 0n : 1_250_000n + BigInt(index) * 1_001n,
      creditMinor: isPayment ? 3_000_000n + BigInt(index) * 17n : 0n,
    };
  });
}

function statementFixture(count: number): StatementPdfData {
  return {
    labels: {
      title: "Выписка по счёту",
      currency: "Валюта",
      period: "Период",
      generatedAt: "Сформирована",
      openingBalance: "Входящий остаток",
      closingBalance: "Исходящий остаток",
      totalDebits: "Итого начислено",
      totalCredits: "Итого оплачено",
      date: "Дата",
      description: "Описание",
      reference: "Документ",
      debit: "Дебет",
      credit: "Кредит",
      balance: "Остаток",
      page: "Стр. {page} из {pages}",
    },
    locale: "ru",
    organization: { name: "ТОО «Төлем мақсаты Трейд»" },
    currency: "KZT",
    periodFrom: new Date("2026-11-01T00:00:00Z"),
    periodTo: new Date("2026-11-30T00:00:00Z"),
    generatedAt: new Date("2026-12-01T06:00:00Z"),
    openingBalanceMinor: 12_345_600n,
    entries: entries(count),
  };
}

describe("statementRows", () => {
  it("carries the running balance so the last row equals opening + debits − credits", () => {
    const list = entries(120);
    const summary = statementRows(12_345_600n, list);
    const debits = list.reduce((sum, entry) => sum + entry.debitMinor, 0n);
    const credits = list.reduce((sum, entry) => sum + entry.creditMinor, 0n);
    expect(summary.rows).toHaveLength(120);
    expect(summary.totalDebitMinor).toBe(debits);
    expect(summary.totalCreditMinor).toBe(credits);
    expect(summary.rows.at(-1)?.balanceMinor).toBe(12_345_600n + debits - credits);
    expect(summary.closingBalanceMinor).toBe(12_345_600n + debits - credits);
  });

  it("moves the balance one entry at a time, below zero too", () => {
    const day = new Date("2026-11-02T00:00:00Z");
    const summary = statementRows(100n, [
      { date: day, description: "a", debitMinor: 50n, creditMinor: 0n },
      { date: day, description: "b", debitMinor: 0n, creditMinor: 400n },
    ]);
    expect(summary.rows.map((row) => row.balanceMinor)).toEqual([150n, -250n]);
  });

  it("keeps the opening balance when there are no entries", () => {
    expect(statementRows(-7n, [])).toEqual({ rows: [], totalDebitMinor: 0n, totalCreditMinor: 0n, closingBalanceMinor: -7n });
  });
});

describe("renderStatementPdf", () => {
  it("paginates 120 entries and embeds the Cyrillic and Chinese fonts", async () => {
    const pdf = await renderStatementPdf(statementFixture(120), { compress: false });
    const text = pdf.toString("latin1");
    expect(text.startsWith("%PDF-")).toBe(true);
    expect(text).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans\b/);
    expect(text).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansSC/);
    expect(text.match(/\/Type \/Page\b(?!s)/g)?.length ?? 0).toBeGreaterThan(1);
  });

  it("gives the same bytes for the same input", async () => {
    const first = await renderStatementPdf(statementFixture(5));
    expect(first.equals(await renderStatementPdf(statementFixture(5)))).toBe(true);
  });
});
