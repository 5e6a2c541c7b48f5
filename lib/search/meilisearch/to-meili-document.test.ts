import { describe, expect, it } from "vitest";
import type { SearchDocument } from "@/lib/search/types";
import { highlightPostTag, highlightPreTag } from "./highlight";
import { alternativeSpellings, hsPrefixes, toMeiliDocument } from "./to-meili-document";

const names = (en: string, ru: string, kk: string, uz: string, zh: string) => ({ en, ru, kk, uz, zh });

const cableListing: SearchDocument = {
  id: "0b8f8a4e-3f7e-4c55-9a55-1f0e2b7c9d10",
  sku: "YJV-3x2.5",
  title: { zh: "铜芯电缆 YJV", ru: "Медный кабель YJV" },
  description: { zh: "国标铜芯", en: "  " },
  category: {
    slug: "power-cables",
    names: names("Power cables", "Силовые кабели", "Күштік кабельдер", "Kuch kabellari", "电力电缆"),
    topSlug: "electrical",
    topNames: names("Electrical", "Электротехника", "Электротехника", "Elektrotexnika", "电气"),
  },
  supplier: { id: "s1", name: "Hengtong", legalName: "Hengtong Cable Co., Ltd.", city: "Suzhou", verified: true },
  hsCode: "8544.49",
  unit: "m",
  moq: 500,
  currency: "CNY",
  priceFromMinor: 1250,
  leadTimeDays: 14,
  incoterms: ["FOB", "DAP"],
  certifications: ["CCC", "CE"],
  publishedAt: 1_764_000_000_000,
};

describe("toMeiliDocument", () => {
  const doc = toMeiliDocument(cableListing);

  it("flattens filter, facet and sort fields and keeps money an integer", () => {
    expect(doc).toMatchObject({
      id: cableListing.id,
      category_slugs: ["power-cables", "electrical"],
      supplier_city: "Suzhou",
      supplier_verified: true,
      verified_rank: 1,
      certifications: ["CCC", "CE"],
      incoterms: ["FOB", "DAP"],
      currency: "CNY",
      price_from_minor: 1250,
      price_CNY: 1250,
      moq: 500,
      lead_time_days: 14,
      published_at: 1_764_000_000_000,
    });
    expect(Number.isInteger(doc.price_from_minor)).toBe(true);
    expect(doc.price_USD).toBeUndefined();
  });

  it("stores text per locale, omitting what the supplier did not write", () => {
    expect(doc.title_zh).toBe("铜芯电缆 YJV");
    expect(doc.title_ru).toBe("Медный кабель YJV");
    expect("title_en" in doc).toBe(false);
    expect("description_en" in doc).toBe(false);
    expect([doc.has_title_zh, doc.has_title_ru, doc.has_title_en, doc.has_title_kk, doc.has_title_uz]).toEqual([1, 1, 0, 0, 0]);
    expect(doc.category_kk).toBe("Күштік кабельдер");
    expect(doc.category_top_zh).toBe("电气");
  });

  it("adds the spellings of other keyboards and scripts", () => {
    expect(doc.translit).toEqual(expect.arrayContaining(["mednyy kabel yjv", "silovye kabeli", "kushtik kabelder", "куштик кабельдер", "куч кабеллари"]));
    expect(doc.pinyin).toEqual(expect.arrayContaining(["tong xin dian lan", "tongxin xindian dianlan", "dian qi"]));
  });

  it("indexes HS code prefixes and both supplier names", () => {
    expect(doc.hs_prefixes).toEqual(["85", "8544", "854449"]);
    expect(doc.supplier_name).toEqual(["Hengtong", "Hengtong Cable Co., Ltd."]);
  });

  it("does not repeat the category under a listing filed at the top level", () => {
    const top = toMeiliDocument({ ...cableListing, category: { ...cableListing.category, slug: "electrical", names: cableListing.category.topNames } });
    expect(top.category_slugs).toEqual(["electrical"]);
    expect(top.category_top_en).toBe("");
  });

  it("strips highlight placeholders a supplier might have pasted", () => {
    const sneaky = toMeiliDocument({ ...cableListing, title: { en: `Cable ${highlightPreTag}x${highlightPostTag}` } });
    expect(sneaky.title_en).toBe("Cable x");
  });

  it("leaves the per-currency price out for a currency without a field", () => {
    expect(Object.keys(toMeiliDocument({ ...cableListing, currency: "XYZ" })).filter((k) => k.startsWith("price_"))).toEqual(["price_from_minor"]);
  });
});

describe("helpers", () => {
  it("hsPrefixes takes the digits in pairs", () => {
    expect(hsPrefixes("8544.49.9100")).toEqual(["85", "8544", "854449", "85444991", "8544499100"]);
    expect(hsPrefixes("84713")).toEqual(["84", "8471", "84713"]);
    expect(hsPrefixes("")).toEqual([]);
  });

  it("alternativeSpellings gives Uzbek both scripts and nothing for English", () => {
    expect(alternativeSpellings("Oʻyinchoq", "uz")).toEqual(["ўйинчоқ", "oyinchoq"]);
    expect(alternativeSpellings("Ўйинчоқ", "uz")).toEqual(["oyinchoq"]);
    expect(alternativeSpellings("Cable", "en")).toEqual([]);
  });
});
