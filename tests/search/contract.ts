import { beforeAll, describe, expect, it } from "vitest";
import type { Locale } from "@/lib/i18n/config";
import type { SearchDocument, SearchEngine, SearchFacets, SearchFilters, SearchQuery, SearchResult, SearchSort } from "@/lib/search/types";
import { fixture, fixtureDocuments, refrigeratorIds } from "./fixtures";

/**
 * What every search engine must do, seen only through the `SearchEngine` interface, against the
 * thirty fixture listings. Expected filter results and facet counts come from a plain reference
 * implementation below, so the suite states the semantics once.
 */

function passes(doc: SearchDocument, filters: SearchFilters, except?: keyof SearchFilters | "price"): boolean {
  const f = filters;
  if (except !== "category" && f.category && doc.category.slug !== f.category && doc.category.topSlug !== f.category) return false;
  if (except !== "cities" && f.cities?.length && !f.cities.includes(doc.supplier.city)) return false;
  if (except !== "certifications" && f.certifications?.length && !f.certifications.every((c) => doc.certifications.includes(c))) return false;
  if (except !== "verifiedOnly" && f.verifiedOnly && !doc.supplier.verified) return false;
  if (except !== "incoterms" && f.incoterms?.length && !f.incoterms.some((i) => doc.incoterms.includes(i))) return false;
  const priced = f.priceMinMinor !== undefined || f.priceMaxMinor !== undefined;
  if (except !== "price" && priced) {
    if (f.currency && doc.currency !== f.currency) return false;
    if (doc.priceFromMinor < (f.priceMinMinor ?? -Infinity) || doc.priceFromMinor > (f.priceMaxMinor ?? Infinity)) return false;
  }
  if (except !== "moqMax" && f.moqMax !== undefined && doc.moq > f.moqMax) return false;
  if (except !== "leadTimeMaxDays" && f.leadTimeMaxDays !== undefined && doc.leadTimeDays > f.leadTimeMaxDays) return false;
  return true;
}

/** Disjunctive facets over `docs` (the listings matching the text): each facet ignores its own filter. */
function expectedFacets(docs: SearchDocument[], filters: SearchFilters): SearchFacets {
  const count = (except: Parameters<typeof passes>[2], keys: (d: SearchDocument) => string[]) => {
    const out: Record<string, number> = {};
    for (const doc of docs.filter((d) => passes(d, filters, except))) for (const key of new Set(keys(doc))) out[key] = (out[key] ?? 0) + 1;
    return out;
  };
  const range = (except: Parameters<typeof passes>[2], value: (d: SearchDocument) => number) => {
    const values = docs.filter((d) => passes(d, filters, except)).map(value);
    return values.length ? { min: Math.min(...values), max: Math.max(...values) } : null;
  };
  const price: SearchFacets["price"] = {};
  for (const doc of docs.filter((d) => passes(d, filters, "price"))) {
    const r = price[doc.currency];
    price[doc.currency] = r ? { min: Math.min(r.min, doc.priceFromMinor), max: Math.max(r.max, doc.priceFromMinor) } : { min: doc.priceFromMinor, max: doc.priceFromMinor };
  }
  return {
    category: count("category", (d) => [d.category.slug, d.category.topSlug]),
    city: count("cities", (d) => [d.supplier.city]),
    certification: count("certifications", (d) => d.certifications),
    verified: count("verifiedOnly", (d) => [String(d.supplier.verified)]),
    incoterm: count("incoterms", (d) => d.incoterms),
    price,
    moq: range("moqMax", (d) => d.moq),
    leadTime: range("leadTimeMaxDays", (d) => d.leadTimeDays),
  };
}

const nonZero = (counts: Record<string, number>) => Object.fromEntries(Object.entries(counts).filter(([, n]) => n > 0));
const normalizeFacets = (f: SearchFacets): SearchFacets => ({
  ...f,
  category: nonZero(f.category),
  city: nonZero(f.city),
  certification: nonZero(f.certification),
  verified: nonZero(f.verified),
  incoterm: nonZero(f.incoterm),
});

const ids = (result: SearchResult) => result.hits.map((h) => h.id);
const sorted = (values: string[]) => [...values].sort();
const plain = (html: string) => html.replace(/<\/?mark>/g, "");

export function describeSearchEngineContract(name: string, create: () => Promise<SearchEngine>, options?: { skip?: string }): void {
  const suite = options?.skip ? describe.skip : describe;
  suite(options?.skip ? `${name} search engine contract (skipped: ${options.skip})` : `${name} search engine contract`, { timeout: 60_000 }, () => {
    let engine: SearchEngine;
    const search = (q: string, extra: Partial<Omit<SearchQuery, "q">> = {}) =>
      engine.search({ q, locale: extra.locale ?? "en", filters: extra.filters ?? {}, sort: extra.sort ?? "relevance", page: extra.page ?? 1, limit: extra.limit ?? 100 });
    const fresh = async (documents = fixtureDocuments) => {
      const e = await create();
      await e.replaceAll(documents);
      return e;
    };

    beforeAll(async () => {
      engine = await fresh();
    });

    it("is healthy and counts its documents", async () => {
      expect((await engine.health()).status).toBe("ok");
      expect(await engine.count()).toBe(fixtureDocuments.length);
    });

    it("browses everything with an empty query, with facets", async () => {
      const result = await search("", { limit: 10 });
      expect(result.total).toBe(fixtureDocuments.length);
      expect(result.hits).toHaveLength(10);
      expect(result.suggestion).toBeNull();
      expect(result.tookMs).toBeGreaterThanOrEqual(0);
      expect(normalizeFacets(result.facets)).toEqual(expectedFacets(fixtureDocuments, {}));
      expect(result.facets.category).toMatchObject({ refrigerator: 5, appliances: 8, cables: 7 });
    });

    it.each<[string, Locale]>([
      ["muzlatgich", "uz"],
      ["музлатгич", "uz"],
      ["холодильник", "ru"],
      ["холодильники", "ru"],
      ["тоназыткыш", "kk"],
      ["Тоңазытқыш", "kk"],
      ["冰箱", "zh"],
      ["bingxiang", "zh"],
      ["fridge", "en"],
      ["refrigerator", "en"],
      ["holodilnik", "en"],
      ["kholodilnik", "ru"],
    ])("finds refrigerators first for %j (%s)", async (q, locale) => {
      const result = await search(q, { locale });
      expect(sorted(ids(result).slice(0, refrigeratorIds.length))).toEqual(sorted(refrigeratorIds));
    });

    it.each<[string, Locale]>([
      ["refrigirator", "en"],
      ["холодилник", "ru"],
      ["холод", "ru"],
      ["refri", "en"],
    ])("tolerates typos and completes prefixes: %j", async (q, locale) => {
      const result = await search(q, { locale });
      expect(sorted(ids(result).slice(0, refrigeratorIds.length))).toEqual(sorted(refrigeratorIds));
    });

    it("matches HS codes by heading and by their digits", async () => {
      const heading = await search("8418");
      expect(sorted(ids(heading))).toEqual(sorted([...refrigeratorIds, "hp-001", "hp-002"]));
      const cables = fixtureDocuments.filter((d) => d.hsCode.startsWith("8544")).map((d) => d.id);
      expect(sorted(ids(await search("8544")))).toEqual(sorted(cables));
      const exact = fixtureDocuments.filter((d) => d.hsCode === "8544.49").map((d) => d.id);
      expect(sorted(ids(await search("854449")))).toEqual(sorted(exact));
      expect(sorted(ids(await search("8544.49")))).toEqual(sorted(exact));
    });

    it("finds a listing by SKU", async () => {
      expect(ids(await search("WJ-YJV22-416"))[0]).toBe("cb-002");
      expect(ids(await search("sr-inv10"))[0]).toBe("sp-004");
    });

    it.each<[string, SearchFilters]>([
      ["leaf category", { category: "refrigerator" }],
      ["top category", { category: "appliances" }],
      ["cities (any of)", { cities: ["Wuxi", "Nanjing"] }],
      ["certification EAC", { certifications: ["EAC"] }],
      ["certifications (all of)", { certifications: ["EAC", "CCC"] }],
      ["verified only", { verifiedOnly: true }],
      ["incoterms (any of)", { incoterms: ["FCA", "CPT"] }],
      ["price range in CNY", { priceMinMinor: 50_000, priceMaxMinor: 200_000, currency: "CNY" }],
      ["MOQ at most", { moqMax: 50 }],
      ["lead time at most", { leadTimeMaxDays: 20 }],
      ["a combination", { category: "cables", cities: ["Wuxi"], certifications: ["EAC"], leadTimeMaxDays: 18 }],
      ["a filter nothing passes", { cities: ["Atlantis"] }],
    ])("filters by %s", async (_label, filters) => {
      const result = await search("", { filters });
      const expected = fixtureDocuments.filter((d) => passes(d, filters)).map((d) => d.id);
      expect(sorted(ids(result))).toEqual(sorted(expected));
      expect(result.total).toBe(expected.length);
    });

    it("combines a query with filters", async () => {
      const result = await search("кабель", { locale: "ru", filters: { verifiedOnly: true } });
      expect(result.total).toBeGreaterThan(0);
      for (const id of ids(result)) expect(fixture(id).supplier.verified).toBe(true);
      expect(ids(result)).toContain("cb-001");
      expect(ids(result)).not.toContain("cb-003");
    });

    it.each<[string, SearchFilters]>([
      ["city", { cities: ["Wuxi"] }],
      ["category and verified", { category: "solar", verifiedOnly: true }],
      ["certification, incoterm and lead time", { certifications: ["CE"], incoterms: ["FOB"], leadTimeMaxDays: 30 }],
      ["price and MOQ", { priceMaxMinor: 100_000, currency: "CNY", moqMax: 100 }],
    ])("counts facets disjunctively (%s)", async (_label, filters) => {
      const result = await search("", { filters });
      expect(normalizeFacets(result.facets)).toEqual(expectedFacets(fixtureDocuments, filters));
    });

    it("counts facets of the listings matching the query only", async () => {
      const result = await search("cable", { filters: { cities: ["Wuxi"] } });
      const city = nonZero(result.facets.city);
      expect(city.Wuxi).toBe(fixtureDocuments.filter((d) => d.supplier.city === "Wuxi").length);
      expect(city.Nanjing).toBe(3);
      expect(city.Xuzhou).toBeUndefined();
    });

    it.each<[SearchSort, (d: SearchDocument) => number]>([
      ["price_asc", (d) => d.priceFromMinor],
      ["price_desc", (d) => -d.priceFromMinor],
      ["moq", (d) => d.moq],
      ["lead_time", (d) => d.leadTimeDays],
      ["newest", (d) => -d.publishedAt],
    ])("sorts by %s", async (sort, key) => {
      const result = await search("", { sort, filters: { currency: "CNY", priceMinMinor: 0 } });
      const values = ids(result).map((id) => key(fixture(id)));
      expect(values).toEqual([...values].sort((a, b) => a - b));
      expect(result.total).toBe(fixtureDocuments.filter((d) => d.currency === "CNY").length);
      const withQuery = await search("cable", { sort });
      const queried = ids(withQuery).map((id) => key(fixture(id)));
      expect(queried).toEqual([...queried].sort((a, b) => a - b));
    });

    it("ranks verified suppliers first when nothing else tells listings apart", async () => {
      const result = await search("", { filters: { category: "refrigerator" } });
      const verified = ids(result).map((id) => fixture(id).supplier.verified);
      expect(verified).toEqual([...verified].sort((a, b) => Number(b) - Number(a)));
    });

    it("pages through results with a stable total and order", async () => {
      const all = await search("", { limit: 14 });
      const pages = await Promise.all([1, 2, 3, 4, 5, 6].map((page) => search("", { limit: 7, page })));
      for (const page of pages) expect(page.total).toBe(fixtureDocuments.length);
      expect(ids(pages[1]!)).toEqual(ids(all).slice(7, 14));
      const seen = pages.flatMap(ids);
      expect(seen).toHaveLength(fixtureDocuments.length);
      expect(new Set(seen).size).toBe(fixtureDocuments.length);
      expect(pages[5]!.hits).toEqual([]);
    });

    it("highlights matches in the title of the reader's language and escapes HTML", async () => {
      const ru = await search("холодильник", { locale: "ru" });
      const own = ru.hits.find((h) => h.id === "fr-003")!;
      expect(own.titleLocale).toBe("ru");
      expect(own.highlightedTitle).toContain("<mark>Холодильник</mark>");
      expect(ru.hits.find((h) => h.id === "fr-001")!.titleLocale).toBe("en");

      const sofa = (await search("sofa")).hits.find((h) => h.id === "sf-001")!;
      expect(sofa.titleLocale).toBe("en");
      expect(sofa.highlightedTitle).toContain("<mark>Sofa</mark>");
      expect(sofa.highlightedTitle).toContain("&lt;3-seat&gt;");
      expect(sofa.highlightedTitle).toContain("&amp;");
      expect(plain(sofa.highlightedTitle)).not.toMatch(/[<>]/);

      const kk = (await search("", { locale: "kk", filters: { category: "refrigerator" } })).hits;
      expect(kk.find((h) => h.id === "fr-004")!.titleLocale).toBe("kk");
      expect(kk.find((h) => h.id === "fr-003")!.titleLocale).toBe("ru");
      expect(kk.find((h) => h.id === "fr-002")).toMatchObject({ titleLocale: "en", highlightedTitle: "Single-door mini fridge 90 L" });
    });

    it("suggests a correction when nothing matches", async () => {
      const result = await search("kabl");
      expect(result.total).toBe(0);
      expect(result.suggestion).toBeTruthy();
      expect((await search(result.suggestion!)).total).toBeGreaterThan(0);
    });

    it("returns nothing, with empty facets, for a query nothing matches", async () => {
      const result = await search("zzqxw vvbnm");
      expect(result).toMatchObject({ total: 0, hits: [] });
      expect(normalizeFacets(result.facets)).toEqual({ category: {}, city: {}, certification: {}, verified: {}, incoterm: {}, price: {}, moq: null, leadTime: null });
    });

    it("replaces a document on upsert and adds new ones", async () => {
      const e = await fresh();
      await e.upsert([{ ...fixture("fr-001"), title: { en: "Retro refrigerator Zephyr 250 L" } }]);
      expect(await e.count()).toBe(fixtureDocuments.length);
      const zephyr = await e.search({ q: "zephyr", locale: "en", filters: {}, sort: "relevance", page: 1, limit: 10 });
      expect(ids(zephyr)).toEqual(["fr-001"]);
      const old = await e.search({ q: "double", locale: "en", filters: {}, sort: "relevance", page: 1, limit: 10 });
      expect(ids(old)).not.toContain("fr-001");
      await e.upsert([{ ...fixture("cb-001"), id: "cb-101", sku: "WJ-YJV-101" }]);
      expect(await e.count()).toBe(fixtureDocuments.length + 1);
    });

    it("removes documents", async () => {
      const e = await fresh();
      await e.remove(["fr-002", "no-such-id"]);
      expect(await e.count()).toBe(fixtureDocuments.length - 1);
      const result = await e.search({ q: "fridge", locale: "en", filters: {}, sort: "relevance", page: 1, limit: 100 });
      expect(ids(result)).not.toContain("fr-002");
      expect(result.facets.category.refrigerator).toBe(4);
    });

    it("replaces everything with replaceAll, answering searches meanwhile", async () => {
      const e = await fresh();
      const subset = fixtureDocuments.slice(0, 5);
      const pending = e.replaceAll(subset);
      const during = await e.search({ q: "", locale: "en", filters: {}, sort: "relevance", page: 1, limit: 1 });
      expect([fixtureDocuments.length, subset.length]).toContain(during.total);
      await pending;
      expect(await e.count()).toBe(subset.length);
      const cables = await e.search({ q: "cable", locale: "en", filters: {}, sort: "relevance", page: 1, limit: 10 });
      expect(cables.total).toBe(0);
      const browse = await e.search({ q: "", locale: "en", filters: {}, sort: "relevance", page: 1, limit: 10 });
      expect(sorted(ids(browse))).toEqual(sorted(subset.map((d) => d.id)));
    });
  });
}
