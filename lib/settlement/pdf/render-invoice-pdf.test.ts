import { describe, expect, it } from "vitest";
import { measureText, splitScriptRuns, wrapText } from "./mixed-script-text";
import { createPdfDocument } from "./pdf-layout";
import { renderInvoicePdf, type InvoiceLabels, type InvoicePdfData } from "./render-invoice-pdf";

const ru: InvoiceLabels = {
  title: "Счёт на оплату",
  invoiceNumber: "Номер счёта",
  issueDate: "Дата выставления",
  dueDate: "Оплатить до",
  order: "Заказ",
  kind: "Платёж",
  seller: "Продавец",
  buyer: "Покупатель",
  supplier: "Поставщик",
  description: "Описание",
  quantity: "Количество",
  unitPrice: "Цена за единицу",
  amount: "Сумма",
  orderTotal: "Итого по заказу",
  amountDue: "К оплате",
  paymentReference: "Назначение платежа",
  paymentReferenceHint: "Укажите этот код в назначении платежа, чтобы мы сопоставили ваш перевод.",
  bankDetails: "Банковские реквизиты",
  beneficiary: "Получатель",
  bank: "Банк",
  account: "Счёт (IBAN)",
  swift: "SWIFT",
  bankAddress: "Адрес банка",
  fxNote: "Пересчёт по курсу 1 CNY = 70,12 KZT на 28.11.2026.",
  page: "Стр. {page} из {pages}",
};

const en: InvoiceLabels = {
  ...ru,
  title: "Proforma invoice",
  invoiceNumber: "Invoice no.",
  issueDate: "Issue date",
  dueDate: "Due date",
  order: "Order",
  kind: "Payment",
  seller: "Seller",
  buyer: "Buyer",
  supplier: "Supplier",
  description: "Description",
  quantity: "Quantity",
  unitPrice: "Unit price",
  amount: "Amount",
  orderTotal: "Order total",
  amountDue: "Amount due",
  paymentReference: "Payment reference",
  paymentReferenceHint: "Put this reference in the payment details so we can match your transfer.",
  bankDetails: "Bank details",
  beneficiary: "Beneficiary",
  bank: "Bank",
  account: "Account (IBAN)",
  bankAddress: "Bank address",
  fxNote: "Converted at 1 CNY = 70.12 KZT on 28 Nov 2026.",
  page: "Page {page} of {pages}",
};

function invoiceFixture(lineCount: number): InvoicePdfData {
  return {
    labels: { primary: ru, secondary: en },
    locale: "ru",
    number: "INV-2026-000417",
    kindLabel: { primary: "Предоплата 30%", secondary: "Deposit 30%" },
    issuedAt: new Date("2026-11-28T09:30:00Z"),
    dueAt: new Date("2026-12-05T00:00:00Z"),
    orderNumber: "ORD-2026-000981",
    buyer: { name: "ТОО «Төлем мақсаты Трейд»", country: "Қазақстан", address: "Алматы, Абай даңғылы 150, 050000" },
    supplier: { name: "苏州丝路纺织有限公司", country: "中国 (China)" },
    platform: { name: "Karavan", bank: { beneficiary: "Karavan Trade LLP", bankName: "Halyk Bank", account: "KZ86 6010 0020 0012 3456", swift: "HSBKKZKX", address: "Toʻlov markazi, Toshkent" } },
    lines: Array.from({ length: lineCount }, (_, index) => ({
      description: index % 3 === 0 ? `丝绸围巾 Silk scarf, 90×90 cm, партия ${index + 1}` : `Хлопковая ткань сатин, 240 г/м², рулон ${index + 1} (棉布)`,
      quantity: 120 + index,
      unit: "м",
      unitPriceMinor: 45_050n,
      totalMinor: 45_050n * BigInt(120 + index),
      currency: "CNY" as const,
    })),
    orderTotal: { minor: 3_000_000n, currency: "CNY" },
    invoiceAmount: { minor: 63_108_000n, currency: "KZT" },
    paymentReference: "KRV-417-DEP-7Q3M",
  };
}

function countPages(pdf: Buffer): number {
  return pdf.toString("latin1").match(/\/Type \/Page\b(?!s)/g)?.length ?? 0;
}

describe("splitScriptRuns", () => {
  it("separates Chinese from Cyrillic and Latin, keeping spaces with the run they follow", () => {
    expect(splitScriptRuns("Поставщик 苏州丝路 Textile（中国）")).toEqual([
      { text: "Поставщик ", cjk: false },
      { text: "苏州丝路 ", cjk: true },
      { text: "Textile", cjk: false },
      { text: "（中国）", cjk: true },
    ]);
  });

  it("keeps Kazakh and Uzbek letters with the Latin/Cyrillic font", () => {
    expect(splitScriptRuns("Төлем мақсаты · Toʻlov")).toEqual([{ text: "Төлем мақсаты · Toʻlov", cjk: false }]);
  });
});

describe("wrapText", () => {
  const doc = createPdfDocument({ title: "t", createdAt: new Date("2026-11-28T00:00:00Z"), lang: "ru-RU" });

  it("wraps a long mixed line within the width, breaking between Chinese characters", () => {
    const text = "Поставщик 苏州丝路纺织有限公司苏州丝路纺织有限公司 поставляет хлопковую ткань сатин";
    const lines = wrapText(doc, text, { size: 10, width: 120 });
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.join("").replaceAll(" ", "")).toBe(text.replaceAll(" ", ""));
    expect(measureText(doc, text, { size: 10, width: 120 }).width).toBeLessThanOrEqual(120);
  });

  it("keeps brackets with the character they enclose and breaks long references at hyphens", () => {
    // Room for "рулон 11 (" but not for the character after the bracket.
    const width = measureText(doc, "рулон 11 (", { size: 10 }).width + 2;
    expect(wrapText(doc, "рулон 11 (棉布)", { size: 10, width })).toEqual(["рулон 11", "(棉布)"]);
    expect(wrapText(doc, "ORD-2026-000417", { size: 10, width: 60 })).toEqual(["ORD-2026-", "000417"]);
  });

  it("keeps formatted numbers whole: they are joined by no-break spaces", () => {
    expect(wrapText(doc, "итого 1\u00a0234\u00a0567,89\u00a0KZT", { size: 10, width: 90 })).toEqual(["итого", "1\u00a0234\u00a0567,89\u00a0KZT"]);
  });
});

describe("renderInvoicePdf", () => {
  it("renders a bilingual invoice with both fonts and paginates 60 lines", async () => {
    const pdf = await renderInvoicePdf(invoiceFixture(60), { compress: false });
    const text = pdf.toString("latin1");
    expect(text.startsWith("%PDF-")).toBe(true);
    expect(text).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans\b/);
    expect(text).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans-Bold\b/);
    expect(text).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansSC/);
    expect(countPages(pdf)).toBeGreaterThan(1);
    // The fonts' ToUnicode maps list every character drawn: 苏 (U+82CF), Kazakh ө and қ, Uzbek ʻ.
    for (const codePoint of ["82cf", "04e9", "049b", "02bb"]) expect(text).toContain(`<${codePoint}>`);
  });

  it("keeps a short invoice on one page and gives the same bytes for the same input", async () => {
    const first = await renderInvoicePdf(invoiceFixture(3));
    const second = await renderInvoicePdf(invoiceFixture(3));
    expect(first.subarray(0, 5).toString()).toBe("%PDF-");
    expect(first.equals(second)).toBe(true);
    expect(countPages(await renderInvoicePdf(invoiceFixture(3), { compress: false }))).toBe(1);
  });
});
