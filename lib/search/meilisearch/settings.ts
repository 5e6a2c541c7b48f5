import type { Settings } from "meilisearch";
import { locales } from "@/lib/i18n/config";
import {
  categoryField,
  descriptionField,
  facetFields,
  hasTitleField,
  priceCurrencies,
  priceField,
  titleField,
  topCategoryField,
} from "./attributes";
import { meiliSynonyms } from "./synonyms";

/**
 * Deepest page reachable and the ceiling of `totalHits`. The search pages allow 1000 pages of
 * up to 100 hits, so anything lower would make the last pages empty and the total wrong.
 */
export const maxTotalHits = 100_000;

/** Relevance, with the one slot where a search's `sort` applies, then quality signals. */
export const rankingRules = [
  "words",
  // Right after words so an explicit sort (price, MOQ…) is a real sort, not a tie-breaker among
  // equally relevant hits. `words` before it is a no-op with matchingStrategy "all".
  "sort",
  "typo",
  "proximity",
  "attribute",
  "exactness",
  // Quality signals only break ties between equally relevant listings (see hit-order.ts); the
  // id last keeps pages stable, as in the embedded engine.
  "verified_rank:desc",
  "published_at:desc",
  "id:asc",
];

export function searchableAttributes(): string[] {
  return [
    ...locales.map(titleField),
    "sku",
    "hs_code",
    "hs_prefixes",
    ...locales.map(categoryField),
    ...locales.map(topCategoryField),
    "translit",
    "pinyin",
    "supplier_name",
    ...locales.map(descriptionField),
  ];
}

export function filterableAttributes(): string[] {
  return [...Object.values(facetFields), "currency", "price_from_minor", "moq", "lead_time_days", "supplier_id", ...priceCurrencies.map(priceField)];
}

export function sortableAttributes(): string[] {
  return ["price_from_minor", "moq", "lead_time_days", "published_at", "verified_rank", "id", ...locales.map(hasTitleField)];
}

/**
 * Meilisearch segments and normalizes text by language and guesses the language when not told,
 * which goes wrong on short texts (Chinese read as Japanese is the costly case). The locale list
 * is whatlang's, which has no Kazakh: Kazakh text is declared Russian, the same Cyrillic pipeline.
 */
export function localizedAttributes(): NonNullable<Settings["localizedAttributes"]> {
  return [
    { attributePatterns: ["*_en"], locales: ["eng"] },
    { attributePatterns: ["*_ru", "*_kk"], locales: ["rus"] },
    { attributePatterns: ["*_uz"], locales: ["uzb"] },
    { attributePatterns: ["*_zh"], locales: ["cmn"] },
  ];
}

export function indexSettings(): Settings {
  return {
    searchableAttributes: searchableAttributes(),
    filterableAttributes: filterableAttributes(),
    sortableAttributes: sortableAttributes(),
    rankingRules,
    typoTolerance: {
      enabled: true,
      // Codes are matched exactly: 8544 is not 8545, and SKU typos find someone else's product.
      disableOnAttributes: ["sku", "hs_code", "hs_prefixes"],
      disableOnNumbers: true,
    },
    synonyms: meiliSynonyms(),
    localizedAttributes: localizedAttributes(),
    faceting: {
      // Enough for every supplier city and category slug a filter panel lists.
      maxValuesPerFacet: 300,
      sortFacetValuesBy: { "*": "count" },
    },
    pagination: { maxTotalHits },
    // Nothing here searches facet values; not building that index makes indexing cheaper.
    facetSearch: false,
  };
}
