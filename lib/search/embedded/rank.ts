import type { Locale } from "@/lib/i18n/config";
import type { SearchSort } from "@/lib/search/types";
import { localeBit, type DocColumns } from "./columns";

export type Compare = (a: number, b: number) => number;

/**
 * Packs relevance and the quality signals into one number per slot, so most comparisons are a
 * single subtraction: relevance, then a verified supplier, then a title in the reader's
 * language, then the publication day (the exact time and the id break remaining ties).
 */
export function fillRankKeys(c: DocColumns, slots: Int32Array, count: number, locale: Locale, relevance: ((slot: number) => number) | null, out: Float64Array): void {
  const bit = localeBit[locale];
  const { verified, titleLocales, day } = c;
  for (let i = 0; i < count; i++) {
    const slot = slots[i]!;
    const rel = relevance ? relevance(slot) : 0;
    out[slot] = ((rel * 2 + verified[slot]!) * 2 + (titleLocales[slot]! & bit ? 1 : 0)) * 65_536 + day[slot]!;
  }
}

/** The order of hits: the chosen sort, then the rank key, then the exact time and the id, so pages are stable. */
export function comparator(c: DocColumns, sort: SearchSort, key: Float64Array): Compare {
  const { price, moq, lead, published, ids } = c;
  const byRank: Compare = (a, b) => key[b]! - key[a]! || published[b]! - published[a]! || (ids[a]! < ids[b]! ? -1 : ids[a]! > ids[b]! ? 1 : 0);
  switch (sort) {
    case "price_asc":
      return (a, b) => price[a]! - price[b]! || byRank(a, b);
    case "price_desc":
      return (a, b) => price[b]! - price[a]! || byRank(a, b);
    case "moq":
      return (a, b) => moq[a]! - moq[b]! || byRank(a, b);
    case "lead_time":
      return (a, b) => lead[a]! - lead[b]! || byRank(a, b);
    case "newest":
      return (a, b) => published[b]! - published[a]! || byRank(a, b);
    default:
      return byRank;
  }
}

/**
 * The first `k` of `slots[0..count)` in order, without sorting them all: a bounded max-heap of
 * the best so far, whose root (the worst kept) most candidates fail to beat.
 */
export function topK(slots: Int32Array, count: number, k: number, compare: Compare): number[] {
  if (k <= 0) return [];
  const heap: number[] = [];
  for (let n = 0; n < count; n++) {
    const slot = slots[n]!;
    if (heap.length < k) {
      heap.push(slot);
      siftUp(heap, heap.length - 1, compare);
    } else if (compare(slot, heap[0]!) < 0) {
      heap[0] = slot;
      siftDown(heap, compare);
    }
  }
  return heap.sort(compare);
}

function siftUp(heap: number[], from: number, compare: Compare): void {
  let i = from;
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if (compare(heap[i]!, heap[parent]!) <= 0) return;
    [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
    i = parent;
  }
}

function siftDown(heap: number[], compare: Compare): void {
  let i = 0;
  for (;;) {
    const left = 2 * i + 1;
    const right = left + 1;
    let worst = i;
    if (left < heap.length && compare(heap[left]!, heap[worst]!) > 0) worst = left;
    if (right < heap.length && compare(heap[right]!, heap[worst]!) > 0) worst = right;
    if (worst === i) return;
    [heap[i], heap[worst]] = [heap[worst]!, heap[i]!];
    i = worst;
  }
}
