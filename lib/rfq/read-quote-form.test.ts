import { describe, expect, it } from "vitest";
import { counterInputSchema, quoteInputSchema } from "./quote-input";
import { readCounterForm, readQuoteForm } from "./read-quote-form";

function form(entries: [string, string][]) {
  const data = new FormData();
  for (const [key, value] of entries) data.append(key, value);
  return data;
}

describe("readQuoteForm", () => {
  it("reads prices the user's way, skips empty break rows and ends validity at local midnight", () => {
    const { raw, errors } = readQuoteForm(
      form([
        ["unitPrice.amount", "610,50"],
        ["unitPrice.currency", "CNY"],
        ["quantity", "1 000"],
        ["quantityBreaks.0.minQty", ""],
        ["quantityBreaks.0.unitPrice", ""],
        ["quantityBreaks.1.minQty", "5 000"],
        ["quantityBreaks.1.unitPrice", "590"],
        ["leadTimeDays", "25"],
        ["incoterm", "FCA"],
        ["namedPlace", "Khorgos"],
        ["validUntil", "2027-01-31"],
        ["timeZoneOffset", "-480"],
        ["paymentTerms", " "],
        ["note", "Price includes EAC certification."],
      ]),
      "ru",
    );
    expect(errors).toEqual({});
    expect(raw).toMatchObject({
      unitPrice: { amount: "610.5", currency: "CNY" },
      quantity: 1000,
      quantityBreaks: [{ minQty: 5000, unitPrice: "590" }],
      leadTimeDays: 25,
      validUntil: "2027-01-31T23:59:59+08:00",
      paymentTerms: undefined,
      attachmentIds: [],
    });
    expect(quoteInputSchema.parse(raw).unitPrice).toEqual({ minor: 61050n, currency: "CNY" });
  });

  it("reports unreadable values by row position", () => {
    const { errors } = readQuoteForm(
      form([
        ["unitPrice.amount", "abc"],
        ["quantity", "ten"],
        ["quantityBreaks.3.minQty", "x"],
        ["quantityBreaks.3.unitPrice", "1,2,3"],
        ["validUntil", "31.01.2027"],
      ]),
      "ru",
    );
    expect(errors).toEqual({
      "unitPrice.amount": "field.price_invalid",
      quantity: "field.quantity_invalid",
      "quantityBreaks.0.minQty": "field.quantity_invalid",
      "quantityBreaks.0.unitPrice": "field.price_invalid",
      validUntil: "field.date_invalid",
    });
  });
});

describe("readCounterForm", () => {
  it("sends only the terms in the form, the price with its currency", () => {
    const { raw, errors } = readCounterForm(form([["unitPrice.amount", "575"], ["unitPrice.currency", "CNY"], ["leadTimeDays", ""], ["note", "Можем ли мы получить 575?"]]), "ru");
    expect(errors).toEqual({});
    expect(raw).toEqual({ unitPrice: { amount: "575", currency: "CNY" }, note: "Можем ли мы получить 575?" });
    expect(counterInputSchema.safeParse(raw).success).toBe(true);
  });

  it("leaves an empty counter-offer to the schema, which refuses it", () => {
    const { raw } = readCounterForm(form([["unitPrice.currency", "CNY"]]), "en");
    expect(raw).toEqual({});
    expect(counterInputSchema.safeParse(raw).success).toBe(false);
  });
});
