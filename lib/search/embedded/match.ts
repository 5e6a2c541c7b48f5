import type { QueryAtom, QueryTerm } from "@/lib/search/analyze/analyze-query";
import { weightScale } from "./document-terms";
import type { IndexState } from "./index-state";

/** Match quality of a dictionary term reached other than by an exact form. */
export const expansionQuality = { prefix: 0.75, typo1: 0.6, typo2: 0.45 } as const;
const prefixLimit = 64;
const typoLimit = 24;

/** Per-slot buffers reused by every query on one state (searches never interleave). */
export class Scratch {
  readonly termScore: Float32Array;
  readonly termTouched: Int32Array;
  termCount = 0;
  readonly total: Float32Array;
  readonly mask: Uint16Array;
  readonly touched: Int32Array;
  touchedCount = 0;
  /** For alternatives of several atoms: the running sum, and the current atom's best score. */
  readonly groupScore: Float32Array;
  readonly groupSlots: Int32Array;
  groupCount = 0;
  readonly atomScore: Float32Array;
  /** Per-slot rank keys of the passing candidates (see rank.ts). */
  readonly rankKey: Float64Array;

  constructor(readonly capacity: number) {
    this.groupScore = new Float32Array(capacity);
    this.groupSlots = new Int32Array(capacity);
    this.atomScore = new Float32Array(capacity);
    this.rankKey = new Float64Array(capacity);
    this.termScore = new Float32Array(capacity);
    this.termTouched = new Int32Array(capacity);
    this.total = new Float32Array(capacity);
    this.mask = new Uint16Array(capacity);
    this.touched = new Int32Array(capacity);
  }

  bump(slot: number, score: number): void {
    const current = this.termScore[slot]!;
    if (current === 0) this.termTouched[this.termCount++] = slot;
    if (score > current) this.termScore[slot] = score;
  }

  /** Folds the current term's scores into the totals under bit `bit`; returns how many slots matched it. */
  commitTerm(bit: number): number {
    const n = this.termCount;
    for (let i = 0; i < n; i++) {
      const slot = this.termTouched[i]!;
      if (this.mask[slot] === 0) this.touched[this.touchedCount++] = slot;
      this.mask[slot]! |= bit;
      this.total[slot]! += this.termScore[slot]!;
      this.termScore[slot] = 0;
    }
    this.termCount = 0;
    return n;
  }

  reset(): void {
    for (let i = 0; i < this.touchedCount; i++) {
      const slot = this.touched[i]!;
      this.mask[slot] = 0;
      this.total[slot] = 0;
    }
    this.touchedCount = 0;
  }
}

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
 * Scores one query term into `scratch` (best score per slot over all alternatives). An
 * alternative of several atoms — a multi-word synonym, the parts of a model number — matches
 * where all its atoms do, with their mean score.
 */
export function evaluateTerm(state: IndexState, term: QueryTerm, scratch: Scratch, matched: Set<string>): void {
  const bump = (slot: number, score: number) => scratch.bump(slot, score);
  for (const alternative of term.alternatives) {
    if (alternative.atoms.length === 1) {
      evaluateAtom(state, alternative.atoms[0]!, alternative.quality, bump, matched);
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
  /** Slots that satisfy the required terms. */
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
  const collect = (need: number) => {
    const slots = new Int32Array(scratch.touchedCount);
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
  if (required === 0) result = { slots: new Int32Array(0), count: 0 };
  const relevance = (slot: number) => popcount(mask[slot]!) * 10_000 + Math.round(total[slot]! * 10);
  return { ...result, relevance, matchedTerms };
}

function popcount(value: number): number {
  let n = 0;
  for (let v = value; v; v &= v - 1) n++;
  return n;
}
