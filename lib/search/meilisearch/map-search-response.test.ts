import type { MultiSearchResult } from "meilisearch";
import { describe, expect, it } from "vitest";
import { highlightPostTag as post, highlightPreTag as pre } from "./highlight";
import { toSearchHit, toSearchResult, type StoredHit } from "./map-search-response";

function result(part: Partial<MultiSearchResult<StoredHit>>): MultiSearchResult<StoredHit> {
  return { indexUid: "listings", hits: [], query: "", processingTimeMs: 1, ...part };
}

describe("toSearchHit", () => {
  const hit = {
    id: "a",
    title_zh: "铜芯电缆",
    title_ru: "Медный <кабель>",
    _formatted: { id: "a", title_zh: `铜芯${pre}电缆${post}`, title_ru: `Медный <${pre}кабель${post}>` },
  };

  it("shows the reader's language when the listing has it", () => {
    expect(toSearchHit(hit, "ru")).toEqual({ id: "a", titleLocale: "ru", highlightedTitle: "Медный &lt;<mark>кабель</mark>&gt;" });
  });

  it("follows the content fallback chain otherwise", () => {
    expect(toSearchHit(hit, "kk").titleLocale).toBe("ru");
    expect(toSearchHit(hit, "en").titleLocale).toBe("ru");
    expect(toSearchHit(hit, "zh")).toMatchObject({ titleLocale: "zh", highlightedTitle: "铜芯<mark>电缆</mark>" });
    expect(toSearchHit({ id: "b", title_zh: "泵" }, "uz").titleLocale).toBe("zh");
  });

  it("escapes the plain title when Meilisearch sent no formatted copy", () => {
    expect(toSearchHit({ id: "c", title_en: "A & B" }, "en").highlightedTitle).toBe("A &amp; B");
  });
});

describe("toSearchResult", () => {
  const main = result({
    hits: [{ id: "a", title_en: "Pump" }],
    totalHits: 42,
    facetDistribution: {
      category_slugs: { pumps: 30, machinery: 42 },
      supplier_city: { Yiwu: 42 },
      certifications: { CE: 12 },
      supplier_verified: { true: 40, false: 2 },
      incoterms: { FOB: 42 },
      moq: { "1": 3 },
    },
    facetStats: { moq: { min: 1, max: 500 }, lead_time_days: { min: 3, max: 60 }, price_CNY: { min: 1250, max: 99000 }, price_USD: { min: 300, max: 300 } },
  });
  const cityCounts = result({ hits: [], estimatedTotalHits: 90, facetDistribution: { supplier_city: { Yiwu: 42, Ningbo: 48 } } });

  it("maps totals, hits, ranges per currency and takes disjunctive counts from their own query", () => {
    const moqRange = result({ facetStats: { moq: { min: 1, max: 9000 } } });
    const mapped = toSearchResult([main, cityCounts, moqRange], ["city", "moq"], { locale: "en", sort: "relevance" }, 7);
    expect(mapped.total).toBe(42);
    expect(mapped.hits).toEqual([{ id: "a", titleLocale: "en", highlightedTitle: "Pump" }]);
    expect(mapped.suggestion).toBeNull();
    expect(mapped.tookMs).toBe(7);
    expect(mapped.facets).toEqual({
      category: { pumps: 30, machinery: 42 },
      city: { Yiwu: 42, Ningbo: 48 },
      certification: { CE: 12 },
      verified: { true: 40, false: 2 },
      incoterm: { FOB: 42 },
      price: { CNY: { min: 1250, max: 99000 }, USD: { min: 300, max: 300 } },
      moq: { min: 1, max: 9000 },
      leadTime: { min: 3, max: 60 },
    });
  });

  it("has empty facets and null ranges when nothing matched", () => {
    const mapped = toSearchResult([result({ totalHits: 0, facetDistribution: {}, facetStats: {} })], [], { locale: "en", sort: "relevance" }, 1);
    expect(mapped).toMatchObject({ hits: [], total: 0, suggestion: null });
    expect(mapped.facets).toEqual({ category: {}, city: {}, certification: {}, verified: {}, incoterm: {}, price: {}, moq: null, leadTime: null });
  });
});
