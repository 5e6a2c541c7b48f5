import type { Meilisearch, MultiSearchQuery } from "meilisearch";
import { wordsOf, type VocabularyDocument } from "./vocabulary";

/** The query's words in order, each with whether a suggestion may replace it. */
export function queryTokens(q: string): { word: string; correctable: boolean }[] {
  const correctable = new Set(wordsOf(q));
  return (q.toLowerCase().match(/[\p{L}\p{M}\p{N}]+/gu) ?? []).map((word) => ({ word, correctable: correctable.has(word) }));
}

export function vocabularyProbe(indexUid: string, word: string): MultiSearchQuery {
  return { indexUid, q: word, limit: 1, attributesToRetrieve: ["word"] };
}

/** Each correctable word replaced by the closest known one; null when none needed replacing. */
export function correctedQuery(tokens: { word: string; correctable: boolean }[], closest: (string | undefined)[]): string | null {
  let changed = false;
  let next = 0;
  const words = tokens.map(({ word, correctable }) => {
    if (!correctable) return word;
    const known = closest[next++];
    if (!known || known === word) return word;
    changed = true;
    return known;
  });
  return changed ? words.join(" ") : null;
}

/**
 * Did-you-mean for a query that found nothing: each word replaced by the closest word of the
 * vocabulary index (the word itself when known), kept only if `answers` confirms the listings
 * index would find something for it under the same filters — the embedded engine's contract,
 * in two more requests, only ever after an empty result.
 */
export async function suggestQuery(
  client: Meilisearch,
  vocabularyIndexUid: string,
  q: string,
  answers: (candidate: string) => Promise<boolean>,
): Promise<string | null> {
  const tokens = queryTokens(q);
  const correctable = tokens.filter((t) => t.correctable);
  if (!correctable.length) return null;
  const { results } = await client.multiSearch<{ queries: MultiSearchQuery[] }, VocabularyDocument>({
    queries: correctable.map((t) => vocabularyProbe(vocabularyIndexUid, t.word)),
  });
  const candidate = correctedQuery(
    tokens,
    results.map((r) => r.hits[0]?.word),
  );
  return candidate !== null && (await answers(candidate)) ? candidate : null;
}
