import { describe, expect, it } from "vitest";
import { topK } from "./rank";

describe("topK", () => {
  it("returns the first k in comparator order without sorting everything", () => {
    const values = [5, 3, 9, 1, 7, 3, 8, 2, 6, 4];
    const slots = Int32Array.from(values.keys());
    const byValue = (a: number, b: number) => values[a]! - values[b]! || a - b;
    expect(topK(slots, slots.length, 4, byValue).map((slot) => values[slot])).toEqual([1, 2, 3, 3]);
    expect(topK(slots, 3, 10, byValue)).toEqual([1, 0, 2]);
    expect(topK(slots, slots.length, 0, byValue)).toEqual([]);
  });
});
