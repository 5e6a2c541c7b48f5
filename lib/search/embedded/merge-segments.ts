import type { DeltaPostings } from "./delta";
import type { Pause, Segment } from "./postings";

const postingsPerPause = 1 << 20;

/**
 * A new segment from the live postings of `main` and `delta`, slots renumbered through `remap`
 * (-1 = dead). Both inputs are sorted by term, so this is a merge; delta slots are all newer
 * than main slots, so each term's postings stay in slot order. Pauses every million postings:
 * searches keep using the old segment meanwhile.
 */
export async function mergeSegments(main: Segment, delta: DeltaPostings, remap: Int32Array, pause: Pause): Promise<Segment> {
  const deltaTerms = delta.sortedTerms();
  const terms: string[] = [];
  const flags: number[] = [];
  const counts: number[] = [];
  const sources: [number, string | null][] = [];
  let work = 0;
  let m = 0;
  let d = 0;
  while (m < main.terms.length || d < deltaTerms.length) {
    const mainTerm = main.terms[m];
    const deltaTerm = deltaTerms[d];
    const fromMain = mainTerm !== undefined && (deltaTerm === undefined || mainTerm <= deltaTerm);
    const fromDelta = deltaTerm !== undefined && (mainTerm === undefined || deltaTerm <= mainTerm);
    const term = (fromMain ? mainTerm : deltaTerm)!;
    let live = 0;
    if (fromMain) for (let i = main.offsets[m]!; i < main.offsets[m + 1]!; i++) if (remap[main.docs[i]!]! >= 0) live++;
    const list = fromDelta ? delta.lists.get(term)! : null;
    if (list) for (const slot of list.docs) if (remap[slot]! >= 0) live++;
    if (live > 0) {
      terms.push(term);
      flags.push((fromMain ? main.flags[m]! : 0) | (list?.flags ?? 0));
      counts.push(live);
      sources.push([fromMain ? m : -1, fromDelta ? term : null]);
    }
    if (fromMain) m++;
    if (fromDelta) d++;
    if ((work += live + 1) > postingsPerPause) {
      work = 0;
      await pause();
    }
  }
  const offsets = new Uint32Array(terms.length + 1);
  counts.forEach((n, t) => (offsets[t + 1] = offsets[t]! + n));
  const docs = new Int32Array(offsets[terms.length]!);
  const weights = new Uint8Array(docs.length);
  let at = 0;
  for (const [mainId, deltaTerm] of sources) {
    if (mainId >= 0) {
      for (let i = main.offsets[mainId]!; i < main.offsets[mainId + 1]!; i++) {
        const slot = remap[main.docs[i]!]!;
        if (slot < 0) continue;
        docs[at] = slot;
        weights[at++] = main.weights[i]!;
      }
    }
    const list = deltaTerm === null ? null : delta.lists.get(deltaTerm)!;
    if (list) {
      for (let i = 0; i < list.docs.length; i++) {
        const slot = remap[list.docs[i]!]!;
        if (slot < 0) continue;
        docs[at] = slot;
        weights[at++] = list.weights[i]!;
      }
    }
    if ((work += 64) > postingsPerPause) {
      work = 0;
      await pause();
    }
  }
  return { terms, flags: Uint8Array.from(flags), offsets, docs, weights };
}
