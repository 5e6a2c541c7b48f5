import { describe, expect, it } from "vitest";
import { eacBuyerCountries } from "./hs-rules";
import { findKeywords } from "./keywords";
import { hasEac, moderationFlags, suggestedReason, type FlagContext, type FlaggableListing } from "./moderation-flags";

const listing = (overrides: Partial<FlaggableListing> = {}): FlaggableListing => ({
  hsCode: "7214.20",
  title: { en: "Steel rebar HRB400" },
  description: {},
  certifications: [],
  ...overrides,
});
const noPrice: FlagContext = { price: null, eacCountries: eacBuyerCountries };
const kinds = (flags: { kind: string }[]) => flags.map((flag) => flag.kind);

describe("restricted HS codes", () => {
  it("flags arms (chapter 93) as prohibited and alkaloids (heading 2939) as licensed, with the matched code", () => {
    expect(moderationFlags(listing({ hsCode: "9303.20" }), noPrice)).toEqual([{ kind: "restricted_hs", rule: "prohibited", group: "arms", hsCode: "9303.20", match: "93" }]);
    const [alkaloid] = moderationFlags(listing({ hsCode: "2939.41" }), noPrice);
    expect(alkaloid).toMatchObject({ kind: "restricted_hs", rule: "licensed", group: "narcotics", match: "2939" });
    expect(suggestedReason(alkaloid!)).toBe("licence_required");
  });

  it("leaves ordinary goods alone and matches whole prefixes only", () => {
    expect(moderationFlags(listing({ hsCode: "7214.20" }), noPrice)).toEqual([]);
    expect(moderationFlags(listing({ hsCode: "3906.90" }), noPrice)).toEqual([]); // starts with 39, not 93
    expect(moderationFlags(listing({ hsCode: "8708.30" }), noPrice).map((flag) => flag.kind)).toEqual(["eac_missing"]); // 87xx parts, not 8710 tanks
  });
});

describe("keywords", () => {
  it("finds a Russian keyword in an inflected form, with its locale and field", () => {
    const flags = moderationFlags(listing({ title: { en: "Signal device", ru: "Сигнальные пистолеты и ракеты" } }), noPrice);
    expect(flags).toEqual([{ kind: "keyword", topic: "weapons", keyword: "пистолет", locale: "ru", field: "title" }]);
  });

  it("ignores ordinary tools whose names contain a keyword", () => {
    expect(findKeywords("Пистолет для монтажной пены, металлический", "ru")).toEqual([]);
    expect(findKeywords("锂电手枪钻 12V", "zh")).toEqual([]);
    expect(findKeywords("Spray gun with pistol grip", "en")).toEqual([]);
    expect(findKeywords("Cartridge filter; carabiner hook", "en")).toEqual([]);
  });

  it("matches Chinese anywhere, Kazakh without its special letters, Uzbek with any apostrophe, English in every language", () => {
    expect(findKeywords("高仿名牌手表", "zh")).toEqual([{ topic: "counterfeit", keyword: "高仿", listLocale: "zh" }]);
    expect(findKeywords("Тапанша ұстағышы", "kk")[0]).toMatchObject({ keyword: "тапанша" });
    expect(findKeywords("атыс каруына арналган", "kk")[0]).toMatchObject({ keyword: "атыс қаруы", topic: "weapons" });
    expect(findKeywords("Ov miltig'i uchun to'pponcha", "uz")[0]).toMatchObject({ keyword: "toʻpponcha" });
    expect(findKeywords("Rolex replica 手表", "zh")).toEqual([{ topic: "counterfeit", keyword: "replica", listLocale: "en" }]);
  });

  it("does not match inside a word", () => {
    expect(findKeywords("Unpistolable", "en")).toEqual([]);
    expect(findKeywords("Карусель детская", "kk")).toEqual([]);
  });
});

describe("price far from the category median", () => {
  const context = (priceMinor: bigint, medianMinor: bigint, sample = 7): FlagContext => ({
    eacCountries: [],
    price: { priceMinor, currency: "CNY", original: null, medianTwiceMinor: medianMinor * 2n, sample },
  });

  it("flags 12.40 CNY against a median of 85.00 CNY as 14.6 % of the median", () => {
    expect(moderationFlags(listing(), context(1240n, 8500n))).toEqual([
      { kind: "price_outlier", direction: "low", priceMinor: 1240n, medianMinor: 8500n, currency: "CNY", percent: 14.6, sample: 7, original: null },
    ]);
  });

  it("uses exact bounds: 20 % and 500 % are not outliers, just below and above are", () => {
    expect(moderationFlags(listing(), context(1700n, 8500n))).toEqual([]);
    expect(kinds(moderationFlags(listing(), context(1699n, 8500n)))).toEqual(["price_outlier"]);
    expect(moderationFlags(listing(), context(42500n, 8500n))).toEqual([]);
    expect(moderationFlags(listing(), context(42501n, 8500n))[0]).toMatchObject({ direction: "high" });
  });

  it("says nothing with fewer than five listings to compare with", () => {
    expect(moderationFlags(listing(), context(1n, 8500n, 4))).toEqual([]);
  });

  it("handles a median halfway between two minor units exactly", () => {
    const half: FlagContext = { eacCountries: [], price: { priceMinor: 100n, currency: "CNY", original: null, medianTwiceMinor: 1001n, sample: 6 } };
    expect(moderationFlags(listing(), half)[0]).toMatchObject({ medianMinor: 500n, percent: 20 }); // 100 / 500.5 = 19.98 %
  });
});

describe("EAC", () => {
  it("flags goods that need EAC for the EAEU buyer countries, with the regulation", () => {
    expect(eacBuyerCountries).toEqual(["KZ", "KG", "RU"]);
    expect(moderationFlags(listing({ hsCode: "8541.43", certifications: ["CE", "CCC"] }), noPrice)).toEqual([
      { kind: "eac_missing", hsCode: "8541.43", match: "85", regulations: "TR CU 004/2011, 020/2011", countries: ["KZ", "KG", "RU"] },
    ]);
  });

  it("accepts EAC however it is typed, and a TR CU declaration", () => {
    for (const names of [["EAC"], ["eac"], ["ЕАС"], ["EAC (TR CU 004/2011)"], ["ТР ТС 020/2011"]]) expect(hasEac(names), names.join()).toBe(true);
    for (const names of [[], ["CE"], ["EACH"], ["GOST R"]]) expect(hasEac(names), names.join()).toBe(false);
  });
});
