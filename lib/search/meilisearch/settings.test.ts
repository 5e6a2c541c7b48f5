import type { Settings } from "meilisearch";
import { describe, expect, it } from "vitest";
import { locales } from "@/lib/i18n/config";
import { sortOptions, type SearchFilters } from "@/lib/search/types";
import { filterClauses } from "./build-filter";
import { groupFields } from "./build-search-requests";
import { sortFor } from "./hit-order";
import { facetFields } from "./attributes";
import { indexSettings, localizedAttributes, rankingRules } from "./settings";
import { settingsMatch } from "./settings-match";
import { meiliSynonyms, toMeiliSynonyms } from "./synonyms";

const settings = indexSettings();
const fieldsOf = (expression: string) => [...expression.matchAll(/([a-z_A-Z]+) (?:IN|=|<=|>=|<|>)/g)].map((m) => m[1]!);

describe("index settings", () => {
  it("makes every field a filter uses filterable", () => {
    const everything: SearchFilters = {
      category: "c", cities: ["x"], certifications: ["y"], verifiedOnly: true, incoterms: ["FOB"],
      currency: "CNY", priceMinMinor: 1, priceMaxMinor: 2, moqMax: 3, leadTimeMaxDays: 4,
    };
    const used = filterClauses(everything).flatMap((c) => fieldsOf(c.expression));
    for (const field of [...used, ...Object.values(facetFields), ...Object.values(groupFields).flat()]) {
      expect(settings.filterableAttributes).toContain(field);
    }
  });

  it("makes every sort and custom ranking rule field sortable", () => {
    for (const sort of sortOptions) {
      for (const locale of locales) {
        for (const browsing of [true, false]) {
          for (const rule of sortFor(sort, locale, browsing) ?? []) expect(settings.sortableAttributes).toContain(rule.split(":")[0]);
        }
      }
    }
    for (const rule of rankingRules.filter((r) => r.includes(":"))) expect(settings.sortableAttributes).toContain(rule.split(":")[0]);
  });

  it("searches titles first and descriptions last, with codes exempt from typos", () => {
    const searchable = settings.searchableAttributes!;
    expect(searchable.slice(0, 5)).toEqual(locales.map((l) => `title_${l}`));
    expect(searchable.slice(-5)).toEqual(locales.map((l) => `description_${l}`));
    expect(new Set(searchable).size).toBe(searchable.length);
    expect(settings.typoTolerance?.disableOnAttributes).toEqual(["sku", "hs_code", "hs_prefixes"]);
  });

  it("gives every per-locale searchable field exactly one language, using Meilisearch's codes", () => {
    const supported = new Set(["eng", "rus", "uzb", "cmn"]);
    const rules = localizedAttributes();
    for (const field of settings.searchableAttributes!.filter((f) => /_(en|ru|kk|uz|zh)$/.test(f))) {
      const matching = rules.filter((r) => r.attributePatterns.some((p) => field.endsWith(p.slice(1))));
      expect(matching, field).toHaveLength(1);
    }
    for (const rule of rules) for (const code of rule.locales) expect(supported).toContain(code);
  });

  it("keeps relevance rules ahead of the quality signals", () => {
    expect(rankingRules.slice(0, 6)).toEqual(["words", "sort", "typo", "proximity", "attribute", "exactness"]);
  });
});

describe("settingsMatch", () => {
  const echoed: Settings = {
    ...settings,
    // How a server answers: sets reordered, defaults filled in, settings we never send.
    filterableAttributes: [...settings.filterableAttributes!].reverse(),
    sortableAttributes: [...settings.sortableAttributes!].sort(),
    typoTolerance: { ...settings.typoTolerance, disableOnWords: [], minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 } },
    stopWords: [],
    distinctAttribute: null,
  };

  it("accepts the server's own ordering and extra defaults", () => {
    expect(settingsMatch(settings, echoed)).toBe(true);
  });

  it("notices a changed priority, value or missing setting", () => {
    expect(settingsMatch(settings, { ...echoed, searchableAttributes: [...settings.searchableAttributes!].reverse() })).toBe(false);
    expect(settingsMatch(settings, { ...echoed, rankingRules: ["words", "typo", "proximity", "attribute", "sort", "exactness"] })).toBe(false);
    expect(settingsMatch(settings, { ...echoed, pagination: { maxTotalHits: 1000 } })).toBe(false);
    expect(settingsMatch(settings, { ...echoed, filterableAttributes: settings.filterableAttributes!.slice(1) })).toBe(false);
    expect(settingsMatch(settings, { ...echoed, localizedAttributes: null })).toBe(false);
    expect(settingsMatch(settings, { ...echoed, synonyms: {} })).toBe(false);
  });
});

describe("toMeiliSynonyms", () => {
  it("maps every word to the others of its groups, lowercased", () => {
    expect(toMeiliSynonyms([["Cable", "кабель", "电缆"], ["cable", "wire"]])).toEqual({
      cable: ["wire", "кабель", "电缆"],
      кабель: ["cable", "电缆"],
      电缆: ["cable", "кабель"],
      wire: ["cable"],
    });
  });
});

describe("meiliSynonyms", () => {
  it("includes the project's curated groups and the translations", () => {
    const synonyms = meiliSynonyms();
    expect(synonyms.fridge).toContain("refrigerator");
    expect(synonyms["кабель"]).toEqual(expect.arrayContaining(["cable", "电缆"]));
    expect(synonyms.tyre).toEqual(expect.arrayContaining(["tire", "шина"]));
  });
});
