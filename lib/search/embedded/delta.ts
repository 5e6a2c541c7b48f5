import { termFlags } from "./postings";

type DeltaList = { docs: number[]; weights: number[]; flags: number };

/**
 * Postings of documents upserted since the segment was built: small, mutable, merged into a new
 * segment once it grows (see IndexState.compactionDue).
 */
export class DeltaPostings {
  readonly lists = new Map<string, DeltaList>();
  private sorted: string[] | null = [];

  add(term: string, slot: number, weight: number, flags: number): void {
    let list = this.lists.get(term);
    if (!list) {
      list = { docs: [], weights: [], flags: /\p{N}/u.test(term) ? termFlags.digit : 0 };
      this.lists.set(term, list);
      this.sorted = null;
    }
    list.flags |= flags;
    list.docs.push(slot);
    list.weights.push(weight);
  }

  /** Terms in sorted order, for prefix ranges and first-letter scans; rebuilt after additions. */
  sortedTerms(): string[] {
    this.sorted ??= [...this.lists.keys()].sort();
    return this.sorted;
  }
}
