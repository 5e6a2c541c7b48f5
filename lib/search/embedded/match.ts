import type { QueryAtom, QueryTerm } from "@/lib/search/analyze/analyze-query";
import { weightScale } from "./document-terms";
import type { IndexState } from "./index-state";
import { findTerm } from "./postings";
import type { Scratch } from "./scratch";

/** Match quality of a dictionary term reached other than by an exact form. */
export const expansionQuality = { prefix: 0.75, typo1: 0.6, typo2: 0.45 } as const;
const prefixLimit = 64;
const typoLimit = 24;

/** Every dictionary term an atom reaches, with its match quality. */
function expand(state: IndexState, atom: QueryAtom): Map<string, number> {
  const out = new Map<string, number>();
  const offer = (term: string, quality: number) => {
    if ((out.get(term) ?? 0) < quality) out.set(term, quality);
  };
  for (const form of atom.forms) offer(form.term, form.quality);
  for (const prefix of atom.prefixes) for (const term of state.prefixTerms(prefix, prefixLimit)) offer(term, expansionQuality.prefix);
  if (atom.typos > 0 && atom.text) {
    const near = state.termsNear(atom.text, atom.typos).sort((a, b) => a.distance - b.distance || b.frequency - a.frequency);
    for (const { term, distance } of near.slice(0, typoLimit)) offer(term, distance === 1 ? expansionQuality.typo1 : expansionQuality.typo2);
  }
  return out;
}

function evaluateAtom(state: IndexState, atom: QueryAtom, factor: number, emit: (slot: number, score: number) => void, matched: Set<string>): void {
  for (const [term, quality] of expand(state, atom)) {
    const scale = (quality * factor) / weightScale;
    if (state.forEachPosting(term, (slot, weight) => emit(slot, weight * scale)) > 0) matched.add(term);
  }
}

/**
 * `evaluateAtom` straight into the term scores, without a callback per posting: the common case,
 * and the hot loop when a word occurs in most listings.
 */
function accumulateAtom(state: IndexState, atom: QueryAtom, factor: number, scratch: Scratch, matched: Set<string>): void {
  const alive = state.columns.alive;
  const { termScore, termTouched } = scratch;
  const add = (slot: number, score: number) => {
    const current = termScore[slot]!;
    if (current === 0) termTouched[scratch.termCount++] = slot;
    if (score > current) termScore[slot] = score;
  };
  for (const [term, quality] of expand(state, atom)) {
    const scale = (quality * factor) / weightScale;
    let n = 0;
    const t = findTerm(state.main, term);
    if (t >= 0) {
      const { docs, weights, offsets } = state.main;
      let count = scratch.termCount;
      for (let i = offsets[t]!, end = offsets[t + 1]!; i < end; i++) {
        const slot = docs[i]!;
        if (!alive[slot]) continue;
        n++;
        const score = weights[i]! * scale;
        const current = termScore[slot]!;
        if (current === 0) termTouched[count++] = slot;
        if (score > current) termScore[slot] = score;
      }
      scratch.termCount = count;
    }
    const list = state.delta.lists.get(term);
    if (list) {
      for (let i = 0; i < list.docs.length; i++) {
        const slot = list.docs[i]!;
        if (!alive[slot]) continue;
        n++;
        add(slot, list.weights[i]! * scale);
      }
    }
    if (n > 0) matched.add(term);
  }
}

/**
 * Scores one query term into `scratch` (best score per slot over all alternatives). An
 * alternative of several atoms — a multi-word synonym, the parts of a model number — matches
 * where all its atoms do, with their mean score.
 */
export function evaluateTerm(state: IndexState, term: QueryTerm, scratch: Scratch, matched: Set<string>): void {
  for (const alternative of term.alternatives) {
    if (alternative.atoms.length === 1) {
      accumulateAtom(state, alternative.atoms[0]!, alternative.quality, scratch, matched);
      continue;
    }
    evaluateGroup(state, alternative.atoms, alternative.quality, scratch, matched);
  }
}

/**
 * Slots matching every atom, scored by the mean of their atoms' scores. The first atom seeds
 * the group; each further atom is scored into `atomScore` and the group keeps only slots it hit.
 */
function evaluateGroup(state: IndexState, atoms: QueryAtom[], quality: number, scratch: Scratch, matched: Set<string>): void {
  const { groupScore, groupSlots, atomScore } = scratch;
  const found = new Set<string>();
  scratch.groupCount = 0;
  evaluateAtom(
    state,
    atoms[0]!,
    1,
    (slot, score) => {
      if (groupScore[slot] === 0) groupSlots[scratch.groupCount++] = slot;
      if (score > groupScore[slot]!) groupScore[slot] = score;
    },
    found,
  );
  for (let a = 1; a < atoms.length && scratch.groupCount > 0; a++) {
    evaluateAtom(state, atoms[a]!, 1, (slot, score) => {
      if (groupScore[slot]! > 0 && score > atomScore[slot]!) atomScore[slot] = score;
    }, found);
    let kept = 0;
    for (let i = 0; i < scratch.groupCount; i++) {
      const slot = groupSlots[i]!;
      const score = atomScore[slot]!;
      atomScore[slot] = 0;
      if (score > 0) {
        groupScore[slot]! += score;
        groupSlots[kept++] = slot;
      } else groupScore[slot] = 0;
    }
    scratch.groupCount = kept;
  }
  for (let i = 0; i < scratch.groupCount; i++) {
    const slot = groupSlots[i]!;
    scratch.bump(slot, (groupScore[slot]! / atoms.length) * quality);
    groupScore[slot] = 0;
  }
  if (scratch.groupCount > 0) for (const term of found) matched.add(term);
  scratch.groupCount = 0;
}

export type Matches = {
  /** Slots that satisfy the required terms: the first `count` of `slots` (a scratch buffer). */
  slots: Int32Array;
  count: number;
  /** Relevance per slot (valid for `slots`): terms matched first, then score. */
  relevance: (slot: number) => number;
  /** Dictionary terms that matched, for highlighting. */
  matchedTerms: Set<string>;
};

/**
 * All terms must match. When no listing has them all, terms that match nothing are dropped,
 * then terms from the end of the query, one by one (Meilisearch's "last" strategy), until
 * something matches. Listings with more of the terms rank higher either way.
 */
export function matchQuery(state: IndexState, terms: QueryTerm[], scratch: Scratch): Matches {
  const matchedTerms = new Set<string>();
  let required = 0;
  terms.forEach((term, i) => {
    evaluateTerm(state, term, scratch, matchedTerms);
    if (scratch.commitTerm(1 << i) > 0) required |= 1 << i;
  });
  const { mask, total, touched } = scratch;
  const slots = scratch.candidates;
  const collect = (need: number) => {
    let count = 0;
    for (let i = 0; i < scratch.touchedCount; i++) {
      const slot = touched[i]!;
      if ((mask[slot]! & need) === need) slots[count++] = slot;
    }
    return { slots, count };
  };
  let result = collect(required);
  while (result.count === 0 && required !== 0) {
    required &= ~(1 << (31 - Math.clz32(required)));
    if (required) result = collect(required);
  }
  if (required === 0) result = { slots, count: 0 };
  const relevance = (slot: number) => popcount(mask[slot]!) * 10_000 + Math.round(total[slot]! * 10);
  return { ...result, relevance, matchedTerms };
}

function popcount(value: number): number {
  let n = 0;
  for (let v = value; v; v &= v - 1) n++;
  return n;
}
