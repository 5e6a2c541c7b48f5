import { describe, expect, it } from "vitest";
import type { SearchQuery } from "@/lib/search/types";
import { buildSearchRequests, queryLocales, searchText } from "./build-search-requests";
import { highlightPostTag, highlightPreTag } from "./highlight";

const base: SearchQuery = { q: "  copper   cable ", locale: "ru", filters: {}, sort: "relevance", page: 2, limit: 24 };

describe("buildSearchRequests", () => {
  it("asks for one exhaustive page with facets, ranges and placeholder highlights", () => {
    const { queries, facetQueries } = buildSearchRequests("listings", base);
    expect(facetQueries).toEqual([]);
    expect(queries).toHaveLength(1);
    expect(queries[0]).toMatchObject({
      indexUid: "listings",
      q: "copper cable",
      matchingStrategy: "all",
      page: 2,
      hitsPerPage: 24,
      showRankingScore: true,
      attributesToRetrieve: expect.arrayContaining(["id", "title_en", "title_ru", "title_kk", "title_uz", "title_zh", "verified_rank", "has_title_ru"]),
      attributesToHighlight: ["title_en", "title_ru", "title_kk", "title_uz", "title_zh"],
      highlightPreTag,
      highlightPostTag,
    });
    expect(queries[0]!.filter).toBeUndefined();
    expect(queries[0]!.sort).toBeUndefined();
    expect(queries[0]!.facets).toEqual(expect.arrayContaining(["category_slugs", "supplier_city", "certifications", "supplier_verified", "incoterms", "moq", "lead_time_days", "price_CNY", "price_USD"]));
    expect(queries[0]).not.toHaveProperty("offset");
  });

  it("adds one query per narrowed filter group, without that group's own conditions", () => {
    const { queries, facetQueries } = buildSearchRequests("listings", {
      ...base,
      filters: { cities: ["Yiwu"], certifications: ["CE"], moqMax: 100 },
    });
    expect(facetQueries).toEqual(["city", "certification", "moq"]);
    expect(queries).toHaveLength(4);
    expect(queries[0]!.filter).toEqual(['supplier_city IN ["Yiwu"]', 'certifications = "CE"', "moq <= 100"]);
    expect(queries[0]!.facets).not.toEqual(expect.arrayContaining(["supplier_city"]));
    expect(queries[0]!.facets).not.toEqual(expect.arrayContaining(["moq"]));
    expect(queries[1]).toMatchObject({ facets: ["supplier_city"], limit: 0, q: "copper cable", filter: ['certifications = "CE"', "moq <= 100"] });
    expect(queries[2]).toMatchObject({ facets: ["certifications"], limit: 0, filter: ['supplier_city IN ["Yiwu"]', "moq <= 100"] });
    expect(queries[3]).toMatchObject({ facets: ["moq"], limit: 0, filter: ['supplier_city IN ["Yiwu"]', 'certifications = "CE"'] });
    for (const facetQuery of queries.slice(1)) expect(facetQuery).not.toHaveProperty("sort");
  });

  it("reports the price ranges of every currency without the price conditions when a range is set", () => {
    const { queries, facetQueries } = buildSearchRequests("listings", { ...base, filters: { priceMinMinor: 100, currency: "USD" } });
    expect(facetQueries).toEqual(["price"]);
    expect(queries[1]).toMatchObject({ filter: undefined, facets: expect.arrayContaining(["price_USD", "price_CNY"]) });
  });

  it("browses in the full order through `sort`", () => {
    const { queries } = buildSearchRequests("listings", { ...base, q: " ", sort: "price_asc" });
    expect(queries[0]).toMatchObject({ q: "", sort: ["price_from_minor:asc", "verified_rank:desc", "has_title_ru:desc", "published_at:desc", "id:asc"] });
  });

  it("clamps page and page size to what the API allows", () => {
    const { queries } = buildSearchRequests("listings", { ...base, page: 0, limit: 500 });
    expect(queries[0]).toMatchObject({ page: 1, hitsPerPage: 100 });
    expect(buildSearchRequests("listings", { ...base, page: Number.NaN, limit: 2.7 }).queries[0]).toMatchObject({ page: 1, hitsPerPage: 2 });
  });
});

describe("queryLocales", () => {
  it("declares Chinese queries Mandarin and leaves the rest to detection", () => {
    expect(queryLocales("电缆")).toEqual(["cmn"]);
    expect(queryLocales("YJV 电缆")).toEqual(["cmn"]);
    expect(queryLocales("ケーブル 電線")).toBeUndefined();
    expect(queryLocales("кабель")).toBeUndefined();
    expect(queryLocales("")).toBeUndefined();
  });
});

describe("searchText", () => {
  it("searches HS codes written with separators by their digits", () => {
    expect(searchText("8544.49")).toBe("854449");
    expect(searchText(" 8544 49 91 ")).toBe("85444991");
    expect(searchText("8418")).toBe("8418");
    expect(searchText("3x2.5 cable")).toBe("3x2.5 cable");
    expect(searchText("10.5")).toBe("10.5");
  });
});
