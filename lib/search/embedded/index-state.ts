import { clearAnalysisCaches } from "@/lib/search/analyze/analyze-text";
import { boundedEditDistance } from "@/lib/search/analyze/edit-distance";
import type { SearchDocument, SearchFacets } from "@/lib/search/types";
import { DocColumns, newInterners } from "./columns";
import { DeltaPostings } from "./delta";
import { clearSharedTerms, collectDocumentTerms, mergeInto } from "./document-terms";
import { mergeSegments } from "./merge-segments";
import { emptySegment, findTerm, lowerBound, PostingsBuilder, prefixRange, surfaceBit, termFlags, type Pause, type Segment } from "./postings";

export type NearTerm = { term: string; distance: number; frequency: number };

/**
 * One version of the index: document columns, a built segment and the delta of later upserts.
 * `replaceAll` builds a new IndexState and swaps it in; upserts and removals change this one.
 */
export class IndexState {
  slots = new Map<string, number>();
  delta = new DeltaPostings();
  deltaDocs = 0;
  private readonly termsOfDoc = new Map<string, number>();
  /** Live slots in order, for browsing; dropped on every change. */
  private alive: Int32Array | null = null;
  /** Facets of the whole index (browsing without filters, the catalog's landing page); dropped on every change. */
  browseFacets: SearchFacets | null = null;

  constructor(
    public columns: DocColumns,
    public main: Segment,
  ) {}

  static empty(): IndexState {
    return new IndexState(new DocColumns(newInterners()), emptySegment);
  }

  /** Analyses `documents` into a fresh state, calling `pause` between batches so searches on the old state go on. */
  static async build(documents: SearchDocument[], pause: Pause): Promise<IndexState> {
    const latest = new Map(documents.map((d) => [d.id, d]));
    const columns = new DocColumns(newInterners(), Math.max(1024, latest.size));
    const builder = new PostingsBuilder();
    const slots = new Map<string, number>();
    let done = 0;
    for (const doc of latest.values()) {
      const slot = columns.add(doc);
      slots.set(doc.id, slot);
      builder.addDocument(slot, (offer) => collectDocumentTerms(doc, offer));
      if (++done % 500 === 0) await pause();
    }
    clearSharedTerms();
    clearAnalysisCaches();
    const state = new IndexState(columns, await builder.build(pause));
    state.slots = slots;
    return state;
  }

  aliveSlots(): Int32Array {
    if (!this.alive) {
      const c = this.columns;
      this.alive = new Int32Array(c.aliveCount);
      let n = 0;
      for (let slot = 0; slot < c.size; slot++) if (c.alive[slot]) this.alive[n++] = slot;
    }
    return this.alive;
  }

  get count(): number {
    return this.columns.aliveCount;
  }

  upsert(documents: SearchDocument[]): void {
    this.alive = null;
    this.browseFacets = null;
    for (const doc of documents) {
      const previous = this.slots.get(doc.id);
      if (previous !== undefined) this.columns.kill(previous);
      const slot = this.columns.add(doc);
      this.slots.set(doc.id, slot);
      this.termsOfDoc.clear();
      collectDocumentTerms(doc, mergeInto(this.termsOfDoc));
      for (const [term, packed] of this.termsOfDoc) this.delta.add(term, slot, packed & 255, packed & surfaceBit ? termFlags.surface : 0);
      this.deltaDocs += 1;
    }
  }

  remove(ids: string[]): void {
    this.alive = null;
    this.browseFacets = null;
    for (const id of ids) {
      const slot = this.slots.get(id);
      if (slot === undefined) continue;
      this.columns.kill(slot);
      this.slots.delete(id);
    }
  }

  /**
   * Whether to merge the delta into the segment and drop dead slots: once either is a noticeable
   * share of the index (lookups in the delta are slower, dead postings waste time and memory).
   */
  compactionDue(): boolean {
    const dead = this.columns.size - this.columns.aliveCount;
    return this.deltaDocs > Math.max(5000, this.columns.aliveCount * 0.1) || dead > Math.max(1000, this.columns.size * 0.25);
  }

  /**
   * Builds the compacted columns and segment aside (searches go on against the current ones
   * during the pauses) and swaps them in at once. The caller must not write meanwhile.
   */
  async compact(pause: Pause): Promise<void> {
    const { columns, remap } = this.columns.compacted();
    const main = await mergeSegments(this.main, this.delta, remap, pause);
    this.main = main;
    this.columns = columns;
    this.delta = new DeltaPostings();
    this.deltaDocs = 0;
    this.slots = new Map(columns.ids.map((id, slot) => [id, slot]));
    this.alive = null;
    this.browseFacets = null;
  }

  /** Calls `fn` for each live posting of `term`; returns how many there were. */
  forEachPosting(term: string, fn: (slot: number, weight: number) => void): number {
    const alive = this.columns.alive;
    let n = 0;
    const t = findTerm(this.main, term);
    if (t >= 0) {
      const { docs, weights, offsets } = this.main;
      for (let i = offsets[t]!, end = offsets[t + 1]!; i < end; i++) {
        const slot = docs[i]!;
        if (alive[slot]) {
          fn(slot, weights[i]!);
          n++;
        }
      }
    }
    const list = this.delta.lists.get(term);
    if (list) {
      for (let i = 0; i < list.docs.length; i++) {
        const slot = list.docs[i]!;
        if (alive[slot]) {
          fn(slot, list.weights[i]!);
          n++;
        }
      }
    }
    return n;
  }

  /** Postings count including dead ones: cheap, good enough to rank completions. */
  frequency(term: string): number {
    const t = findTerm(this.main, term);
    return (t >= 0 ? this.main.offsets[t + 1]! - this.main.offsets[t]! : 0) + (this.delta.lists.get(term)?.docs.length ?? 0);
  }

  /** Dictionary terms starting with `prefix`, at most `limit`: the most frequent when there are more. */
  prefixTerms(prefix: string, limit: number): string[] {
    const [from, to] = prefixRange(this.main, prefix);
    const { offsets, terms } = this.main;
    const candidates: { term: string; frequency: number }[] = [];
    for (let t = from; t < to; t++) candidates.push({ term: terms[t]!, frequency: offsets[t + 1]! - offsets[t]! });
    const deltaTerms = this.delta.sortedTerms();
    for (let i = lowerBound(deltaTerms, prefix); i < deltaTerms.length && deltaTerms[i]!.startsWith(prefix); i++) {
      candidates.push({ term: deltaTerms[i]!, frequency: this.delta.lists.get(deltaTerms[i]!)!.docs.length });
    }
    if (candidates.length > limit) candidates.sort((a, b) => b.frequency - a.frequency || a.term.length - b.term.length);
    return [...new Set(candidates.slice(0, limit).map((c) => c.term))];
  }

  /**
   * Terms within `maxEdits` of `word` sharing its first letter (as Meilisearch counts a typo on
   * the first letter double, we do not look for it at all — which keeps the scan to one letter's
   * range of the sorted dictionary). Terms with digits never match by typo.
   */
  termsNear(word: string, maxEdits: number, options: { surfaceOnly?: boolean; anyFirstLetter?: boolean } = {}): NearTerm[] {
    const out: NearTerm[] = [];
    const length = word.length;
    const wanted = options.surfaceOnly ? termFlags.surface : 0;
    const consider = (term: string, flags: number) => {
      if (flags & termFlags.digit || (flags & wanted) !== wanted || Math.abs(term.length - length) > maxEdits || term === word) return;
      const distance = boundedEditDistance(word, term, maxEdits);
      if (distance <= maxEdits) out.push({ term, distance, frequency: this.frequency(term) });
    };
    const first = options.anyFirstLetter ? "" : word[0]!;
    const [from, to] = prefixRange(this.main, first);
    for (let t = from; t < to; t++) consider(this.main.terms[t]!, this.main.flags[t]!);
    const deltaTerms = this.delta.sortedTerms();
    for (let i = lowerBound(deltaTerms, first); i < deltaTerms.length && deltaTerms[i]!.startsWith(first); i++) {
      consider(deltaTerms[i]!, this.delta.lists.get(deltaTerms[i]!)!.flags);
    }
    return out;
  }
}
