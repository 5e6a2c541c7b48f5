import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createMeilisearchEngine } from "./create-meilisearch-engine";
import { highlightPostTag, highlightPreTag } from "./highlight";
import { startFakeMeilisearch, type FakeMeilisearch } from "./testing/fake-meilisearch";

// How a search travels through the real client, with a stand-in server answering.
describe("searchListings against a stand-in server", () => {
  let fake: FakeMeilisearch;
  beforeAll(async () => {
    fake = await startFakeMeilisearch();
  });
  afterAll(() => fake.close());
  beforeEach(() => {
    fake.indexes.clear();
    fake.requests.length = 0;
  });

  it("searches with one multi-search request and maps the answer", async () => {
    const engine = createMeilisearchEngine({ url: fake.url, indexUid: "items" });
    fake.answer = () => [
      { indexUid: "items", hits: [{ id: "a", title_en: "Pump", _formatted: { title_en: `${highlightPreTag}Pump${highlightPostTag}` } }], query: "pump", processingTimeMs: 1, totalHits: 1, facetDistribution: { supplier_city: { Ningbo: 1 } }, facetStats: {} },
      { indexUid: "items", hits: [], query: "pump", processingTimeMs: 1, facetDistribution: { supplier_city: { Ningbo: 1, Yiwu: 4 } } },
    ];
    const result = await engine.search({ q: "pump", locale: "en", filters: { cities: ["Ningbo"] }, sort: "relevance", page: 1, limit: 20 });
    expect(fake.requests.filter((r) => r.path === "/multi-search")).toHaveLength(1);
    expect(result).toMatchObject({ total: 1, suggestion: null, hits: [{ id: "a", highlightedTitle: "<mark>Pump</mark>", titleLocale: "en" }] });
    expect(result.facets.city).toEqual({ Ningbo: 1, Yiwu: 4 });
  });

  it("drops words that match nothing when a query finds nothing, like the embedded engine", async () => {
    const engine = createMeilisearchEngine({ url: fake.url, indexUid: "items" });
    const known = new Set(["pump", "steel", "pump steel"]);
    const searched: string[] = [];
    fake.answer = (queries) =>
      queries.map((query) => {
        const q = String(query.q);
        if (query.limit !== 0) searched.push(q);
        const hits = known.has(q) ? 3 : 0;
        return { indexUid: "items", hits: [], query: q, processingTimeMs: 0, totalHits: hits, estimatedTotalHits: hits, facetDistribution: {}, facetStats: {} };
      });
    const result = await engine.search({ q: "pump xyzzy steel", locale: "en", filters: {}, sort: "relevance", page: 1, limit: 20 });
    expect(searched).toEqual(["pump xyzzy steel", "pump steel"]);
    expect(result.total).toBe(3);
  });

  it("offers a correction confirmed under the same filters when nothing matches", async () => {
    const engine = createMeilisearchEngine({ url: fake.url, indexUid: "items" });
    const probes: unknown[] = [];
    fake.answer = (queries) =>
      queries.map((query) => {
        if (query.indexUid === "items_vocabulary") return { hits: query.q === "kabl" ? [{ word: "kabel" }] : [], query: query.q, processingTimeMs: 0 };
        if (query.limit === 0 && query.q === "kabel") probes.push(query.filter);
        const hits = query.q === "kabel" ? 2 : 0;
        return { indexUid: "items", hits: [], query: query.q, processingTimeMs: 0, totalHits: hits, estimatedTotalHits: hits, facetDistribution: {}, facetStats: {} };
      });
    const result = await engine.search({ q: "kabl", locale: "en", filters: { verifiedOnly: true }, sort: "relevance", page: 1, limit: 20 });
    expect(result).toMatchObject({ total: 0, suggestion: "kabel" });
    expect(probes).toEqual([["supplier_verified = true"]]);
  });
});
