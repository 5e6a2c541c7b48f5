import { describe, expect, it } from "vitest";
import { nameContains, normalisePartyName, sameParty } from "./party-names";
import { matchDestination, matchParty, parseRestrictedList } from "./restricted-list";
import { hasRepeatedCancellations, isAboveThreshold, isNewSupplier, isThirdPartyPayer, medianMinor, percentOfMedian, priceDeviation } from "./rules";

const day = 86_400_000;
const now = new Date("2026-05-20T12:00:00Z");
const ago = (days: number) => new Date(now.getTime() - days * day);

describe("party names", () => {
  it.each([
    ["ТОО «Алматы Солар»", "Almaty Solar LLP"],
    ['TOO "ALMATY SOLAR"', "almaty solar"],
    ["Almaty Solar, LLP", "ТОО Алматы Солар"],
    ["ЖШС «Алматы Солар»", "Almaty Solar"],
    ["“Toshkent Savdo” MChJ", "Toshkent Savdo"],
    ["Xorazm Textile XK", "Хоразм Textile"],
    ["Oʻzbek Savdo", "O'zbek Savdo MCHJ"],
    ["Товарищество с ограниченной ответственностью «Алматы Солар»", "Almaty Solar"],
    ["苏州阳光有限公司", "苏州阳光"],
  ])("%s is the same company as %s", (a, b) => {
    expect(sameParty(a, b)).toBe(true);
  });

  it("keeps different companies apart, and an empty name matches nothing", () => {
    expect(sameParty("Almaty Solar", "Astana Solar")).toBe(false);
    expect(sameParty("Ivanov Ivan Ivanovich", "Almaty Solar LLP")).toBe(false);
    expect(sameParty("LLP", "TOO")).toBe(false);
    expect(normalisePartyName("Co., Ltd.")).toBe("");
  });

  it("finds listed words inside a longer name, in order and whole", () => {
    expect(nameContains("Acme Sanctioned Trading Co., Ltd.", "acme sanctioned trading")).toBe(true);
    expect(nameContains("Acme Sanctioned Trading", "Sanctioned Acme")).toBe(false);
    expect(nameContains("Acmeson Trading", "Acme")).toBe(false);
  });
});

describe("restricted lists", () => {
  const list = parseRestrictedList(" af, Kandahar ,IR,, Acme Sanctioned Trading LLP ");

  it("reads two letters as a country code and anything else as a name", () => {
    expect(list).toEqual({ countries: ["AF", "IR"], names: ["Kandahar", "Acme Sanctioned Trading LLP"] });
    expect(parseRestrictedList(undefined)).toEqual({ countries: [], names: [] });
  });

  it("matches a destination by country or city, with the entry as evidence", () => {
    expect(matchDestination(list, { country: "AF", city: "Herat" })).toEqual([{ field: "destination_country", value: "AF", entry: "AF" }]);
    expect(matchDestination(list, { country: "KZ", city: "KANDAHAR" })).toEqual([{ field: "destination_city", value: "KANDAHAR", entry: "Kandahar" }]);
    expect(matchDestination(list, { country: "KZ", city: "Almaty" })).toEqual([]);
  });

  it("matches a party by country or by name without its legal form", () => {
    expect(matchParty(list, "supplier", { name: "Acme Sanctioned Trading", legalName: "Acme Sanctioned Trading Co., Ltd.", country: "CN" })).toEqual([
      { field: "supplier_name", value: "Acme Sanctioned Trading", entry: "Acme Sanctioned Trading LLP" },
    ]);
    expect(matchParty(list, "buyer", { name: "Tehran Import", legalName: "Tehran Import", country: "ir" })).toEqual([{ field: "buyer_country", value: "IR", entry: "IR" }]);
    expect(matchParty(list, "buyer", { name: "Almaty Solar", legalName: "ТОО Алматы Солар", country: "KZ" })).toEqual([]);
  });
});

describe("rules", () => {
  it("calls a supplier new when registered or first verified within the window", () => {
    expect(isNewSupplier({ createdAt: ago(10), firstVerifiedAt: null }, now, 90)).toBe(true);
    expect(isNewSupplier({ createdAt: ago(400), firstVerifiedAt: ago(30) }, now, 90)).toBe(true);
    expect(isNewSupplier({ createdAt: ago(400), firstVerifiedAt: ago(200) }, now, 90)).toBe(false);
    expect(isNewSupplier({ createdAt: ago(400), firstVerifiedAt: null }, now, 90)).toBe(false);
  });

  it("flags only amounts strictly above the threshold", () => {
    expect(isAboveThreshold(5_000_001n, 5_000_000n)).toBe(true);
    expect(isAboveThreshold(5_000_000n, 5_000_000n)).toBe(false);
  });

  it("takes the median exactly, averaging the middle pair half-even", () => {
    expect(medianMinor([])).toBeNull();
    expect(medianMinor([5n, 1n, 3n])).toBe(3n);
    expect(medianMinor([1n, 2n, 4n, 10n])).toBe(3n);
    expect(medianMinor([1n, 2n])).toBe(2n); // 1.5 → 2
    expect(medianMinor([2n, 3n])).toBe(2n); // 2.5 → 2
  });

  it("compares a price with the median at 30 % and 300 %, limits included", () => {
    expect(priceDeviation(299n, 1000n, 30, 300)).toBe("below");
    expect(priceDeviation(300n, 1000n, 30, 300)).toBeNull();
    expect(priceDeviation(3000n, 1000n, 30, 300)).toBeNull();
    expect(priceDeviation(3001n, 1000n, 30, 300)).toBe("above");
    expect(priceDeviation(10n, 0n, 30, 300)).toBeNull();
    expect(percentOfMedian(1404n, 8708n)).toBe(16);
  });

  it("counts cancellations against the threshold", () => {
    expect(hasRepeatedCancellations(3, 3)).toBe(true);
    expect(hasRepeatedCancellations(2, 3)).toBe(false);
  });

  it("sees a third party only when a payer is named and is neither of the buyer's names", () => {
    const buyer = { name: "Almaty Solar", legalName: "ТОО «Алматы Солар Трейд»" };
    expect(isThirdPartyPayer("ALMATY SOLAR TOO", buyer)).toBe(false);
    expect(isThirdPartyPayer("TOO Almaty Solar Treyd", buyer)).toBe(false);
    expect(isThirdPartyPayer("Иванов Иван Иванович", buyer)).toBe(true);
    expect(isThirdPartyPayer(null, buyer)).toBe(false);
    expect(isThirdPartyPayer("  ", buyer)).toBe(false);
  });
});
