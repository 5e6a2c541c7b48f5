import { describe, expect, it } from "vitest";
import { createEmbeddedSearchEngine } from "@/lib/search/embedded";
import type { SearchEngine, SearchQuery } from "@/lib/search/types";
import { describeSearchEngineContract } from "./contract";
import { fixture, fixtureDocuments, refrigeratorIds } from "./fixtures";

describeSearchEngineContract("embedded", async () => createEmbeddedSearchEngine());

async function engineWithFixtures(): Promise<SearchEngine> {
  const engine = createEmbeddedSearchEngine();
  await engine.replaceAll(fixtureDocuments);
  return engine;
}

const query = (q: string, extra: Partial<SearchQuery> = {}): SearchQuery => ({ q, locale: "en", filters: {}, sort: "relevance", page: 1, limit: 50, ...extra });
const ids = (hits: { id: string }[]) => hits.map((h) => h.id);
const cableIds = fixtureDocuments.filter((d) => d.category.topSlug === "cables").map((d) => d.id).sort();

describe("embedded engine", () => {
  it("suggests the closest indexed words when nothing matches", async () => {
    const engine = await engineWithFixtures();
    const result = await engine.search(query("хлдилник", { locale: "ru" }));
    expect(result.total).toBe(0);
    expect(result.suggestion).toBe("холодильник");
    expect((await engine.search(query("refrigerator zzqxw"))).suggestion).toBeNull();
  });

  it("matches inflected and transliterated forms in every language", async () => {
    const engine = await engineWithFixtures();
    for (const [q, locale] of [
      ["тоңазытқыштар", "kk"],
      ["музлатгичлар", "uz"],
      ["muzlatgichlar", "uz"],
      ["холодильников", "ru"],
      ["xolodilnik", "uz"],
    ] as const) {
      const result = await engine.search(query(q, { locale }));
      expect(ids(result.hits).slice(0, 5).sort(), q).toEqual([...refrigeratorIds].sort());
    }
    for (const q of ["кабели", "кабельдері", "kabellari", "dianlan", "dian lan", "电缆"]) {
      const result = await engine.search(query(q));
      expect(ids(result.hits).slice(0, cableIds.length).sort(), q).toEqual(cableIds);
    }
  });

  it("expands curated synonyms", async () => {
    const engine = await engineWithFixtures();
    expect(ids((await engine.search(query("pvc"))).hits)).toContain("cb-004");
    expect(ids((await engine.search(query("пвх", { locale: "ru" }))).hits)).toContain("cb-004");
    expect(ids((await engine.search(query("photovoltaic"))).hits).slice(0, 4).sort()).toEqual(["sp-001", "sp-002", "sp-003", "sp-006"]);
    expect(ids((await engine.search(query("телевизор", { locale: "ru" }))).hits).slice(0, 3).sort()).toEqual(["tv-001", "tv-002", "tv-003"]);
  });

  it("drops words nothing has, then words from the end, when all of them match nothing together", async () => {
    const engine = await engineWithFixtures();
    const unknownWord = await engine.search(query("холодильник samsung", { locale: "ru" }));
    expect(ids(unknownWord.hits).slice(0, 5).sort()).toEqual([...refrigeratorIds].sort());
    const conflicting = await engine.search(query("refrigerator cable"));
    expect(ids(conflicting.hits).sort()).toEqual([...refrigeratorIds].sort());
    const both = await engine.search(query("copper cable"));
    expect(ids(both.hits)).not.toContain("cb-003");
  });

  it("ranks a title in the reader's language and a title match above a category match", async () => {
    const engine = await engineWithFixtures();
    expect(ids((await engine.search(query("холодильник", { locale: "ru" }))).hits)[0]).toBe("fr-003");
    expect(ids((await engine.search(query("muzlatgich", { locale: "uz" }))).hits)[0]).toBe("fr-004");
  });

  it("completes HS codes and finds SKUs by their parts", async () => {
    const engine = await engineWithFixtures();
    expect(ids((await engine.search(query("84182"))).hits).sort()).toEqual([...refrigeratorIds].sort());
    expect(ids((await engine.search(query("YJV-325"))).hits)[0]).toBe("cb-001");
    expect(ids((await engine.search(query("3x2,5", { locale: "ru" }))).hits)[0]).toBe("cb-001");
  });

  it("highlights Chinese titles matched through pinyin", async () => {
    const engine = await engineWithFixtures();
    const hit = (await engine.search(query("bingxiang", { locale: "zh" }))).hits.find((h) => h.id === "fr-003")!;
    expect(hit).toEqual({ id: "fr-003", titleLocale: "zh", highlightedTitle: "双门<mark>冰箱</mark> 360升" });
  });

  it("counts a listing filed under a top category once", async () => {
    const engine = createEmbeddedSearchEngine();
    const doc = fixture("kt-001");
    await engine.replaceAll([{ ...doc, category: { slug: "appliances", names: doc.category.topNames, topSlug: "appliances", topNames: doc.category.topNames } }]);
    expect((await engine.search(query(""))).facets.category).toEqual({ appliances: 1 });
  });

  it("stays correct across many upserts and removals (delta merges and compaction)", async () => {
    const engine = await engineWithFixtures();
    for (let round = 0; round < 120; round++) {
      await engine.upsert(fixtureDocuments.map((d) => ({ ...d, priceFromMinor: d.priceFromMinor + round })));
      if (round % 10 === 0) await engine.remove([`gone-${round}`]);
    }
    const extra = Array.from({ length: 1500 }, (_, i) => ({ ...fixture("cb-001"), id: `extra-${i}`, sku: `EX-${i}`, title: { en: `Extra copper cable lot ${i}` } }));
    await engine.upsert(extra);
    await engine.remove(extra.slice(0, 1400).map((d) => d.id));
    expect(await engine.count()).toBe(fixtureDocuments.length + 100);
    const result = await engine.search(query("refrigerator", { limit: 10 }));
    expect(ids(result.hits).slice(0, 5).sort()).toEqual([...refrigeratorIds].sort());
    expect(result.total).toBe(5);
    const lot = await engine.search(query("lot 1450"));
    expect(ids(lot.hits)[0]).toBe("extra-1450");
    expect((await engine.search(query("lot 10"))).hits.map((h) => h.id)).not.toContain("extra-10");
    expect((await engine.search(query("", { filters: { category: "refrigerator" } }))).hits.map((h) => fixture(h.id).priceFromMinor + 119)).toEqual(
      expect.arrayContaining([125_119]),
    );
  });

  it("applies writes in the order they were made", async () => {
    const engine = createEmbeddedSearchEngine();
    const writes = [engine.replaceAll(fixtureDocuments), engine.remove(["fr-001"]), engine.upsert([fixture("fr-001")]), engine.remove(["fr-002"])];
    await Promise.all(writes);
    expect(await engine.count()).toBe(fixtureDocuments.length - 1);
    const fridge = await engine.search(query("refrigerator"));
    expect(ids(fridge.hits)).toContain("fr-001");
    expect(ids(fridge.hits)).not.toContain("fr-002");
  });

  it("keeps the last of duplicate ids in replaceAll and clamps paging", async () => {
    const engine = createEmbeddedSearchEngine();
    await engine.replaceAll([fixture("fr-001"), { ...fixture("fr-001"), title: { en: "Second version" } }]);
    expect(await engine.count()).toBe(1);
    const result = await engine.search(query("version", { page: 0, limit: 1000 }));
    expect(result.hits).toEqual([{ id: "fr-001", highlightedTitle: "Second <mark>version</mark>", titleLocale: "en" }]);
  });
});
