import { describe, expect, it } from "vitest";
import { parseSearchParams, searchParamsFor } from "./search-params";

describe("parseSearchParams", () => {
  it("reads every filter, repeating ones as lists", () => {
    const query = parseSearchParams(
      { q: " холодильник ", category: "refrigerators", city: ["Suzhou", "Wuxi"], cert: "EAC", verified: "1", incoterm: "fob", priceMin: "10,5", priceMax: "99.99", moqMax: "500", leadMax: "30", sort: "price_asc", page: "2" },
      "ru",
    );
    expect(query).toEqual({
      q: "холодильник",
      locale: "ru",
      filters: {
        category: "refrigerators",
        cities: ["Suzhou", "Wuxi"],
        certifications: ["EAC"],
        verifiedOnly: true,
        incoterms: ["FOB"],
        priceMinMinor: 1050,
        priceMaxMinor: 9999,
        currency: "CNY",
        moqMax: 500,
        leadTimeMaxDays: 30,
      },
      sort: "price_asc",
      page: 2,
      limit: 20,
    });
  });

  it("drops malformed values instead of failing", () => {
    const query = parseSearchParams({ sort: "cheapest", page: "-1", priceMin: "abc", moqMax: "1e9", limit: "5000" }, "en");
    expect(query.sort).toBe("relevance");
    expect(query.page).toBe(1);
    expect(query.limit).toBe(20);
    expect(query.filters.priceMinMinor).toBeUndefined();
    expect(query.filters.moqMax).toBeUndefined();
    expect(query.filters.currency).toBeUndefined();
  });

  it("serialises changes back into a query string", () => {
    expect(searchParamsFor({ params: { q: "cable", city: ["Suzhou"], page: "3" } }, { page: undefined, cert: ["EAC", "CCC"] })).toBe("q=cable&city=Suzhou&cert=EAC&cert=CCC");
  });
});
