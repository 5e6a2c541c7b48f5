import { ChunkedArray, resized } from "./growable";

export const termFlags = { surface: 1, digit: 2 } as const;

/** Lets the event loop run (searches go on) during long index work. */
export type Pause = () => Promise<void>;
/** Packed beside a posting's weight byte while collecting: the term may be offered by did-you-mean. */
export const surfaceBit = 256;

/**
 * An immutable inverted index in compressed-row form. Terms are sorted, so a prefix is a range of
 * term ids and a first letter is one too (typo lookup scans only that range). Each term's
 * postings are doc slots in increasing order with a one-byte weight (field weight × how exactly
 * the term stands for the text).
 */
export type Segment = {
  terms: string[];
  flags: Uint8Array;
  offsets: Uint32Array;
  docs: Int32Array;
  weights: Uint8Array;
};

export const emptySegment: Segment = { terms: [], flags: new Uint8Array(0), offsets: new Uint32Array(1), docs: new Int32Array(0), weights: new Uint8Array(0) };

/** First index in `sorted` whose value is ≥ `value` (UTF-16 code unit order, as Array#sort). */
export function lowerBound(sorted: string[], value: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function findTerm(segment: Segment, term: string): number {
  const at = lowerBound(segment.terms, term);
  return segment.terms[at] === term ? at : -1;
}

/** Term ids [from, to) starting with `prefix`. */
export function prefixRange(segment: Segment, prefix: string): [number, number] {
  return [lowerBound(segment.terms, prefix), lowerBound(segment.terms, `${prefix}\uffff`)];
}

function digitFlag(term: string): number {
  return /\p{N}/u.test(term) ? termFlags.digit : 0;
}

/** Receives a document's terms, each with its weight byte | surfaceBit; repeats keep the best. */
export type TermOffer = (term: string, packed: number) => void;

/**
 * Collects postings document by document (term ids and weights; the slot is implicit), then
 * lays them out by term. Terms get temporary ids in order of appearance; `build` sorts them once.
 * Repeats within a document are merged by id (a stamp per term), not through a per-document map.
 */
export class PostingsBuilder {
  private readonly ids = new Map<string, number>();
  private readonly names: string[] = [];
  private readonly nameFlags: number[] = [];
  private readonly termIds = new ChunkedArray(Int32Array);
  private readonly weights = new ChunkedArray(Uint8Array);
  private readonly docSlots: number[] = [];
  private readonly docEnds: number[] = [];
  private stamp = new Int32Array(1 << 16);
  private best = new Int32Array(1 << 16);
  private readonly current: number[] = [];
  private docNo = 0;

  readonly offer: TermOffer = (term, packed) => {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.names.length;
      this.ids.set(term, id);
      this.names.push(term);
      this.nameFlags.push(digitFlag(term));
      if (id === this.stamp.length) {
        this.stamp = resized(this.stamp, id * 2, Int32Array);
        this.best = resized(this.best, id * 2, Int32Array);
      }
    }
    if (this.stamp[id] !== this.docNo) {
      this.stamp[id] = this.docNo;
      this.best[id] = packed;
      this.current.push(id);
    } else {
      const previous = this.best[id]!;
      this.best[id] = Math.max(previous & 255, packed & 255) | ((previous | packed) & surfaceBit);
    }
  };

  /** Collects one document: `fill` offers its terms; slots must increase. */
  addDocument(slot: number, fill: (offer: TermOffer) => void): void {
    this.docNo += 1;
    this.current.length = 0;
    fill(this.offer);
    for (const id of this.current) {
      const packed = this.best[id]!;
      if (packed & surfaceBit) this.nameFlags[id]! |= termFlags.surface;
      this.termIds.push(id);
      this.weights.push(packed & 255);
    }
    this.docSlots.push(slot);
    this.docEnds.push(this.termIds.length);
  }

  /** Lays the postings out by term; pauses now and then so searches on the current index go on. */
  async build(pause: Pause): Promise<Segment> {
    const count = this.names.length;
    const sorted = [...this.names].sort();
    await pause();
    const rank = new Int32Array(count);
    const flags = new Uint8Array(count);
    sorted.forEach((term, r) => {
      const id = this.ids.get(term)!;
      rank[id] = r;
      flags[r] = this.nameFlags[id]!;
    });
    const n = this.termIds.length;
    const offsets = new Uint32Array(count + 1);
    for (let i = 0; i < n; i++) offsets[rank[this.termIds.get(i)]! + 1]! += 1;
    for (let r = 0; r < count; r++) offsets[r + 1]! += offsets[r]!;
    await pause();
    const cursor = offsets.slice(0, count);
    const docs = new Int32Array(n);
    const weights = new Uint8Array(n);
    let i = 0;
    for (let d = 0; d < this.docSlots.length; d++) {
      const slot = this.docSlots[d]!;
      for (const end = this.docEnds[d]!; i < end; i++) {
        const at = cursor[rank[this.termIds.get(i)]!]!++;
        docs[at] = slot;
        weights[at] = this.weights.get(i);
      }
      if (d % 5000 === 4999) await pause();
    }
    return { terms: sorted, flags, offsets, docs, weights };
  }
}
