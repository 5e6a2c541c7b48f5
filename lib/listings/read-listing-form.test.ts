import { describe, expect, it } from "vitest";
import { readListingForm } from "./read-listing-form";

function form(entries: [string, string][]) {
  const data = new FormData();
  for (const [key, value] of entries) data.append(key, value);
  return data;
}

describe("readListingForm", () => {
  it("reads numbers in the user's locale and skips empty rows", () => {
    const { raw, errors } = readListingForm(
      form([
        ["moq", "1 000"],
        ["priceTiers.0.minQty", "1 000"],
        ["priceTiers.0.unitPrice", "12,5"],
        ["priceTiers.1.minQty", ""],
        ["priceTiers.1.unitPrice", ""],
        ["priceTiers.2.minQty", "5000"],
        ["priceTiers.2.unitPrice", "11,90"],
        ["incoterms.0.term", "FOB"],
        ["incoterms.0.place", "Shanghai"],
        ["incoterms.1.term", ""],
        ["certifications", "EAC"],
        ["certificationsOther", "GB/T 12706; SGS"],
        ["specifications.0.name", "Colour"],
        ["specifications.0.value", "Black"],
        ["title.ru", "Кабель"],
      ]),
      "ru",
    );
    expect(errors).toEqual({});
    expect(raw).toMatchObject({
      moq: 1000,
      priceTiers: [
        { minQty: 1000, unitPrice: "12.5" },
        { minQty: 5000, unitPrice: "11.9" },
      ],
      incoterms: [{ term: "FOB", place: "Shanghai" }],
      certifications: ["EAC", "GB/T 12706", "SGS"],
      specifications: { Colour: "Black" },
      title: { ru: "Кабель", en: "" },
    });
  });

  it("reports what it cannot read on the field, by row position", () => {
    const { errors } = readListingForm(
      form([
        ["moq", "ten"],
        ["priceTiers.0.minQty", ""],
        ["priceTiers.0.unitPrice", ""],
        ["priceTiers.3.minQty", "100"],
        ["priceTiers.3.unitPrice", "12.5.1"],
        ["specifications.0.name", "Colour"],
        ["specifications.0.value", "Black"],
        ["specifications.1.name", "Colour"],
        ["specifications.1.value", "Red"],
        ["specifications.2.name", ""],
        ["specifications.2.value", "Orphan"],
      ]),
      "en",
    );
    expect(errors).toEqual({
      moq: "field.quantity_invalid",
      "priceTiers.0.unitPrice": "field.price_invalid",
      "specifications.1.name": "field.spec_name_duplicate",
      "specifications.2.name": "field.required",
    });
  });
});
