import { describe, expect, it } from "vitest";
import { preferReaderLanguage, sortFor, type OrderedHit } from "./hit-order";

describe("sortFor", () => {
  it("sorts strictly and leaves relevance to the ranking rules when there is a text query", () => {
    expect(sortFor("relevance", "ru", false)).toBeUndefined();
    expect(sortFor("price_asc", "kk", false)).toEqual(["price_from_minor:asc"]);
    expect(sortFor("price_desc", "en", false)).toEqual(["price_from_minor:desc"]);
    expect(sortFor("moq", "en", false)).toEqual(["moq:asc"]);
    expect(sortFor("lead_time", "en", false)).toEqual(["lead_time_days:asc"]);
    expect(sortFor("newest", "zh", false)).toEqual(["published_at:desc"]);
  });

  it("spells out the whole tie-break when browsing", () => {
    expect(sortFor("relevance", "uz", true)).toEqual(["verified_rank:desc", "has_title_uz:desc", "published_at:desc", "id:asc"]);
    expect(sortFor("moq", "en", true)).toEqual(["moq:asc", "verified_rank:desc", "has_title_en:desc", "published_at:desc", "id:asc"]);
  });
});

describe("preferReaderLanguage", () => {
  const hit = (id: string, score: number, verified: 0 | 1, ru: 0 | 1, published = 0, price = 0): OrderedHit => ({
    id, _rankingScore: score, verified_rank: verified, has_title_ru: ru, published_at: published, price_from_minor: price,
  });
  const ids = (hits: OrderedHit[]) => hits.map((h) => h.id);

  it("puts Russian titles first only among hits Meilisearch ranked equal", () => {
    const page = [hit("a", 0.9, 1, 0, 5), hit("b", 0.9, 1, 1, 1), hit("c", 0.9, 0, 1), hit("d", 0.8, 0, 0), hit("e", 0.8, 0, 1)];
    expect(ids(preferReaderLanguage(page, "relevance", "ru"))).toEqual(["b", "a", "c", "e", "d"]);
  });

  it("never moves a hit across a different sort value", () => {
    const page = [hit("a", 0.5, 0, 0, 0, 100), hit("c", 0.5, 0, 1, 0, 100), hit("b", 0.5, 0, 1, 0, 200), hit("d", 0.5, 0, 0, 0, 300)];
    expect(ids(preferReaderLanguage(page, "price_asc", "ru"))).toEqual(["c", "a", "b", "d"]);
  });

  it("then orders by newer and by id", () => {
    const page = [hit("z", 1, 0, 1, 1), hit("y", 1, 0, 1, 2), hit("x", 1, 0, 1, 2)];
    expect(ids(preferReaderLanguage(page, "relevance", "ru"))).toEqual(["x", "y", "z"]);
  });
});
