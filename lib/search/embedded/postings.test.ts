import { describe, expect, it } from "vitest";
import { DeltaPostings } from "./delta";
import { mergeSegments } from "./merge-segments";
import { findTerm, PostingsBuilder, prefixRange, surfaceBit, termFlags, type Segment } from "./postings";

const noPause = async () => {};

async function build(docs: [string, number][][]): Promise<Segment> {
  const builder = new PostingsBuilder();
  docs.forEach((terms, slot) => builder.addDocument(slot, (offer) => terms.forEach(([term, packed]) => offer(term, packed))));
  return builder.build(noPause);
}

const postings = (s: Segment, term: string) => {
  const t = findTerm(s, term);
  return t < 0 ? [] : Array.from(s.docs.subarray(s.offsets[t]!, s.offsets[t + 1]!)).map((doc, i) => [doc, s.weights[s.offsets[t]! + i]!]);
};

describe("PostingsBuilder", () => {
  it("sorts terms, keeps postings in slot order and the best weight per document", async () => {
    const segment = await build([
      [["cable", 16], ["cable", 128 | surfaceBit], ["copper", 40]],
      [["cable", 48], ["8544", 48]],
    ]);
    expect(segment.terms).toEqual(["8544", "cable", "copper"]);
    expect(postings(segment, "cable")).toEqual([
      [0, 128],
      [1, 48],
    ]);
    expect(segment.flags[findTerm(segment, "cable")]).toBe(termFlags.surface);
    expect(segment.flags[findTerm(segment, "8544")]).toBe(termFlags.digit);
    expect(prefixRange(segment, "c")).toEqual([1, 3]);
    expect(findTerm(segment, "cab")).toBe(-1);
  });
});

describe("mergeSegments", () => {
  it("drops dead slots, renumbers the rest and appends the delta in order", async () => {
    const main = await build([[["cable", 16]], [["cable", 32], ["wire", 8]], [["wire", 8]]]);
    const delta = new DeltaPostings();
    delta.add("cable", 3, 64, 0);
    delta.add("adapter", 3, 8, termFlags.surface);
    const remap = Int32Array.from([0, -1, 1, 2]);
    const merged = await mergeSegments(main, delta, remap, noPause);
    expect(merged.terms).toEqual(["adapter", "cable", "wire"]);
    expect(postings(merged, "cable")).toEqual([
      [0, 16],
      [2, 64],
    ]);
    expect(postings(merged, "wire")).toEqual([[1, 8]]);
    expect(merged.flags[findTerm(merged, "adapter")]).toBe(termFlags.surface);
  });
});
