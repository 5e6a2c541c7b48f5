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
  /** Per-candidate lists: the matching slots, their filter fail masks, the slots passing all filters. */
  readonly candidates: Int32Array;
  readonly fails: Uint8Array;
  readonly passing: Int32Array;

  constructor(readonly capacity: number) {
    this.groupScore = new Float32Array(capacity);
    this.groupSlots = new Int32Array(capacity);
    this.atomScore = new Float32Array(capacity);
    this.rankKey = new Float64Array(capacity);
    this.candidates = new Int32Array(capacity);
    this.fails = new Uint8Array(capacity);
    this.passing = new Int32Array(capacity);
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
