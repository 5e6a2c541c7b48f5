import { analyzeQuery } from "@/lib/search/analyze/analyze-query";
import { escapeHtml, highlight, pickTitle } from "@/lib/search/analyze/highlight";
import type { SearchQuery, SearchResult } from "@/lib/search/types";
import { countFacets } from "./facets";
import { compileFilters, failMask } from "./filters";
import type { IndexState } from "./index-state";
import { matchQuery, type Matches } from "./match";
import { comparator, fillRankKeys, topK } from "./rank";
import { Scratch } from "./scratch";
import { suggestQuery } from "./suggest";

const scratches = new WeakMap<IndexState, Scratch>();

function scratchFor(state: IndexState): Scratch {
  let scratch = scratches.get(state);
  if (!scratch || scratch.capacity < state.columns.capacity) {
    scratch = new Scratch(state.columns.capacity);
    scratches.set(state, scratch);
  }
  return scratch;
}

function clampInt(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, Math.floor(Number.isFinite(value) ? value : min)));
}

/** One search against one index state, synchronously (so no upsert can interleave). */
export function runSearch(state: IndexState, query: SearchQuery, withSuggestion = true): SearchResult {
  const started = performance.now();
  const limit = clampInt(query.limit, 1, 100);
  const page = clampInt(query.page, 1, Number.MAX_SAFE_INTEGER);
  const terms = analyzeQuery(query.q);
  const c = state.columns;
  const scratch = scratchFor(state);
  let result: SearchResult;
  try {
    const matches: Matches | null = terms.length ? matchQuery(state, terms, scratch) : null;
    const filters = compileFilters(c, query.filters);
    const candidates = matches ? matches.slots : state.aliveSlots();
    const count = matches ? matches.count : candidates.length;
    const { fails, passing } = scratch;
    let total = 0;
    for (let i = 0; i < count; i++) {
      const slot = candidates[i]!;
      const failed = filters.none ? 0 : failMask(c, slot, filters);
      fails[i] = failed;
      if (failed === 0) passing[total++] = slot;
    }
    const wholeIndex = !matches && filters.none;
    if (wholeIndex) state.browseFacets ??= countFacets(c, candidates, fails, count);
    const facets = wholeIndex ? structuredClone(state.browseFacets!) : countFacets(c, candidates, fails, count);

    fillRankKeys(c, passing, total, query.locale, matches ? matches.relevance : null, scratch.rankKey);
    const compare = comparator(c, query.sort, scratch.rankKey);
    const first = (page - 1) * limit;
    const top = first < total ? topK(passing, total, first + limit, compare).slice(first) : [];
    const hits = top.map((slot) => {
      const title = pickTitle(c.titles[slot]!, query.locale);
      const highlighted = matches?.matchedTerms.size ? highlight(title.text, title.locale, matches.matchedTerms) : escapeHtml(title.text);
      return { id: c.ids[slot]!, highlightedTitle: highlighted, titleLocale: title.locale };
    });
    result = { hits, total, facets, suggestion: null, tookMs: 0 };
  } finally {
    scratch.reset();
  }
  if (withSuggestion && result.total === 0 && terms.length) {
    const suggestion = suggestQuery(state, query.q);
    if (suggestion && runSearch(state, { ...query, q: suggestion, page: 1, limit: 1 }, false).total > 0) result.suggestion = suggestion;
  }
  result.tookMs = performance.now() - started;
  return result;
}
