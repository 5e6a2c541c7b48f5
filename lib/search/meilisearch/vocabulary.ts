import type { Settings } from "meilisearch";
import { locales } from "@/lib/i18n/config";
import { categoryField, titleField, topCategoryField, type MeiliDocument } from "./attributes";

/**
 * A second, small index of the words buyers can see (titles, category and supplier names, and
 * their other spellings), one document per word. Meilisearch has no did-you-mean; searching this
 * index with generous typo tolerance finds the closest known word for one the listings index
 * does not know, which is how `suggestion` is filled (suggest-query.ts).
 */
export const vocabularyUid = (listingsUid: string) => `${listingsUid}_vocabulary`;

export type VocabularyDocument = {
  /** The word's UTF-8 bytes in hex: document ids allow only [A-Za-z0-9_-]. */
  id: string;
  word: string;
  /** Listings using the word when the index was last rebuilt; missing for words added since. */
  count?: number;
};

const wordPattern = /[\p{L}\p{M}\p{N}]+/gu;
/** Like the embedded engine: numbers and Chinese are never "corrected". */
const skipped = /[\p{N}\p{Script=Han}]/u;

export function wordsOf(text: string): string[] {
  return (text.toLowerCase().match(wordPattern) ?? []).filter((w) => w.length >= 2 && w.length <= 64 && !skipped.test(w));
}

/** The distinct words of one stored listing that a suggestion may offer. */
export function documentWords(doc: MeiliDocument): string[] {
  const texts = [
    ...locales.flatMap((l) => [doc[titleField(l)] ?? "", doc[categoryField(l)], doc[topCategoryField(l)]]),
    ...doc.supplier_name,
    ...doc.translit,
  ];
  return [...new Set(texts.flatMap(wordsOf))];
}

export function vocabularyEntry(word: string, count?: number): VocabularyDocument {
  return { id: Buffer.from(word, "utf8").toString("hex"), word, ...(count === undefined ? {} : { count }) };
}

/** Every word of the listings with the number of listings using it. */
export function vocabularyDocuments(docs: MeiliDocument[]): VocabularyDocument[] {
  const counts = new Map<string, number>();
  for (const doc of docs) for (const word of documentWords(doc)) counts.set(word, (counts.get(word) ?? 0) + 1);
  return [...counts].map(([word, count]) => vocabularyEntry(word, count));
}

export function vocabularySettings(): Settings {
  return {
    searchableAttributes: ["word"],
    sortableAttributes: ["count"],
    // Fewest typos first, then the commonest word.
    rankingRules: ["words", "typo", "exactness", "count:desc"],
    // Corrections start earlier than in the listings index, where short words stay exact; the
    // listings index already completed prefixes before a suggestion is ever asked for.
    typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 3, twoTypos: 6 } },
    prefixSearch: "disabled",
    facetSearch: false,
  };
}
