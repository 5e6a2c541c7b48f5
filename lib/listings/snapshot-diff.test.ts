import { describe, expect, it } from "vitest";
import type { ListingSnapshot } from "./listing-snapshot";
import { diffSnapshots, listingDiff } from "./snapshot-diff";

const approved: ListingSnapshot = {
  version: 1,
  title: { en: "Copper power cable 3x2.5", zh: "铜芯电力电缆 3x2.5" },
  description: { ru: "Изоляция ПВХ." },
  category: "copper-power-cable",
  hsCode: "8544.49",
  unit: "m",
  moq: 1000,
  currency: "CNY",
  priceTiers: [
    { minQty: 1000, unitPrice: "12.40" },
    { minQty: 5000, unitPrice: "11.90" },
  ],
  certifications: ["CCC", "EAC"],
  specifications: { "Cross-section": "3×2.5 mm²", Voltage: "450/750 V" },
  incoterms: [{ term: "FOB", place: "Shanghai" }],
  imageIds: ["a", "b"],
};

describe("diffSnapshots", () => {
  it("finds nothing when nothing changed, whatever the order of certifications", () => {
    expect(diffSnapshots(approved, { ...approved, certifications: ["EAC", "CCC"] })).toEqual([]);
  });

  it("lists only the changed fields: texts per locale, specifications per name", () => {
    const now: ListingSnapshot = {
      ...approved,
      title: { ...approved.title, ru: "Кабель силовой медный" },
      description: {},
      specifications: { "Cross-section": "3×2.5 mm²", Voltage: "0.6/1 kV", Armour: "steel tape" },
    };
    expect(diffSnapshots(approved, now)).toEqual([
      { field: "title", locale: "ru", before: null, after: "Кабель силовой медный" },
      { field: "description", locale: "ru", before: "Изоляция ПВХ.", after: null },
      { field: "specifications", name: "Armour", before: null, after: "steel tape" },
      { field: "specifications", name: "Voltage", before: "450/750 V", after: "0.6/1 kV" },
    ]);
  });

  it("reports category, HS code, prices, certificates, Incoterms and photos", () => {
    const now: ListingSnapshot = {
      ...approved,
      category: "building-wire",
      hsCode: "8544.42",
      priceTiers: [{ minQty: 1000, unitPrice: "9.90" }],
      certifications: ["CCC"],
      incoterms: [{ term: "EXW", place: null }],
      imageIds: ["b", "c", "d"],
    };
    expect(diffSnapshots(approved, now)).toEqual([
      { field: "category", before: "copper-power-cable", after: "building-wire" },
      { field: "hsCode", before: "8544.49", after: "8544.42" },
      { field: "priceTiers", before: { currency: "CNY", tiers: approved.priceTiers }, after: { currency: "CNY", tiers: [{ minQty: 1000, unitPrice: "9.90" }] } },
      { field: "certifications", before: ["CCC", "EAC"], after: ["CCC"] },
      { field: "incoterms", before: ["FOB Shanghai"], after: ["EXW"] },
      { field: "images", before: 2, after: 3, added: ["c", "d"], removed: ["a"] },
    ]);
  });

  it("notices photos put in another order", () => {
    expect(diffSnapshots(approved, { ...approved, imageIds: ["b", "a"] })).toEqual([{ field: "images", before: 2, after: 2, added: [], removed: [] }]);
  });
});

describe("listingDiff", () => {
  it("is a new listing without any approval, and 'no snapshot' for one published before snapshots", () => {
    expect(listingDiff(approved, null, false)).toEqual({ kind: "new" });
    expect(listingDiff(approved, null, true)).toEqual({ kind: "no_snapshot" });
    expect(listingDiff(approved, { snapshot: null, approvedAt: new Date() }, true)).toEqual({ kind: "no_snapshot" });
  });

  it("compares with the latest approval", () => {
    const approvedAt = new Date("2026-11-20T10:00:00Z");
    expect(listingDiff({ ...approved, moq: 500 }, { snapshot: approved, approvedAt }, true)).toEqual({ kind: "changed", approvedAt, changes: [{ field: "moq", before: 1000, after: 500 }] });
  });
});
