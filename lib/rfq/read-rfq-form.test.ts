import { describe, expect, it } from "vitest";
import { rfqInputSchema } from "./rfq-input";
import { readRfqForm } from "./read-rfq-form";

const attachment1 = "0b6f3c1e-8d2a-4f5b-9c7e-1a2b3c4d5e6f";
const attachment2 = "7e1d2c3b-4a5f-4e6d-8c9b-0a1b2c3d4e5f";
const listing = "3f2e1d0c-9b8a-4765-8432-10fedcba9876";

function form(entries: [string, string][]) {
  const data = new FormData();
  for (const [key, value] of entries) data.append(key, value);
  return data;
}

const filled: [string, string][] = [
  ["title", "Солнечные панели 450 Вт"],
  ["description", "Для склада в Алматы, с документами EAC."],
  ["language", "ru"],
  ["categorySlug", "solar-panel"],
  ["quantity", "1 000"],
  ["unit", "pc"],
  ["targetPrice.amount", "1 234,50"],
  ["targetPrice.currency", "CNY"],
  ["incoterm", "FCA"],
  ["namedPlace", "Khorgos"],
  ["destination.country", "KZ"],
  ["destination.city", "Almaty"],
  ["requiredBy", "2027-03-01"],
  ["expiresAt", "2027-01-15T18:00"],
  ["timeZoneOffset", "-300"],
  ["attachmentIds", attachment1],
  ["attachmentIds", ""],
  ["attachmentIds", attachment2],
  ["attachmentIds", attachment1],
  ["listingId", listing],
  ["intent", "publish"],
];

describe("readRfqForm", () => {
  it("reads Russian numbers and money as decimal strings, and the expiry in the user's time zone", () => {
    const { raw, errors } = readRfqForm(form(filled), "ru");
    expect(errors).toEqual({});
    expect(raw).toMatchObject({
      quantity: 1000,
      targetPrice: { amount: "1234.5", currency: "CNY" },
      destination: { country: "KZ", city: "Almaty" },
      requiredBy: "2027-03-01",
      expiresAt: "2027-01-15T18:00:00+05:00",
      visibility: "CATEGORY",
      listingId: listing,
      publish: true,
    });
    expect(new Date(raw.expiresAt as string).toISOString()).toBe("2027-01-15T13:00:00.000Z");
    const parsed = rfqInputSchema.parse(raw);
    expect(parsed.targetPrice).toEqual({ minor: 123450n, currency: "CNY" });
  });

  it("keeps each uploaded attachment once and drops empty ids", () => {
    const { raw } = readRfqForm(form(filled), "ru");
    expect(raw.attachmentIds).toEqual([attachment1, attachment2]);
  });

  it("reads English grouping and a non-breaking space the same way", () => {
    const { raw } = readRfqForm(form([...filled.filter(([k]) => k !== "quantity" && k !== "targetPrice.amount"), ["quantity", "12,500"], ["targetPrice.amount", "1,234.50"]]), "en");
    expect(raw).toMatchObject({ quantity: 12500, targetPrice: { amount: "1234.5" } });
    const { raw: ru } = readRfqForm(form([...filled.filter(([k]) => k !== "quantity"), ["quantity", "12\u00a0500"]]), "ru");
    expect(ru.quantity).toBe(12500);
  });

  it("saves a draft when the draft button was used, and leaves the target price out when empty", () => {
    const { raw } = readRfqForm(form([...filled.filter(([k]) => k !== "intent" && k !== "targetPrice.amount"), ["intent", "draft"], ["targetPrice.amount", " "]]), "ru");
    expect(raw.publish).toBe(false);
    expect(raw.targetPrice).toBeUndefined();
    expect(rfqInputSchema.safeParse(raw).success).toBe(true);
  });

  it("reads the expiry as UTC when the browser sent no offset (no JavaScript)", () => {
    const { raw } = readRfqForm(form([...filled.filter(([k]) => k !== "timeZoneOffset")]), "ru");
    expect(raw.expiresAt).toBe("2027-01-15T18:00:00Z");
    const { raw: shanghai } = readRfqForm(form([...filled.filter(([k]) => k !== "timeZoneOffset"), ["timeZoneOffset", "-480"]]), "zh");
    expect(shanghai.expiresAt).toBe("2027-01-15T18:00:00+08:00");
    const { raw: west } = readRfqForm(form([...filled.filter(([k]) => k !== "timeZoneOffset"), ["timeZoneOffset", "210"]]), "en");
    expect(west.expiresAt).toBe("2027-01-15T18:00:00-03:30");
  });

  it("reports unreadable numbers, prices and dates on their fields", () => {
    const { errors } = readRfqForm(
      form([...filled.filter(([k]) => !["quantity", "targetPrice.amount", "expiresAt"].includes(k)), ["quantity", "1,5"], ["targetPrice.amount", "12.3.4"], ["expiresAt", "next week"]]),
      "ru",
    );
    expect(errors).toEqual({ quantity: "field.quantity_invalid", "targetPrice.amount": "field.price_invalid", expiresAt: "field.date_invalid" });
    const { errors: negative } = readRfqForm(form([...filled.filter(([k]) => k !== "targetPrice.amount"), ["targetPrice.amount", "-5"]]), "ru");
    expect(negative).toEqual({ "targetPrice.amount": "field.price_invalid" });
  });

  it("leaves empty required fields to the schema", () => {
    const { raw, errors } = readRfqForm(form([["intent", "publish"]]), "kk");
    expect(errors).toEqual({});
    const result = rfqInputSchema.safeParse(raw);
    expect(result.success).toBe(false);
    const fields = result.success ? [] : result.error.issues.map((issue) => issue.path.join("."));
    expect(fields).toEqual(expect.arrayContaining(["title", "quantity", "expiresAt", "destination.country"]));
  });
});
