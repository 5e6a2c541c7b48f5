import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { allocateMinor, percentOf, splitEvenly } from "./allocate";

const sum = (values: readonly bigint[]) => values.reduce((a, b) => a + b, 0n);
const abs = (value: bigint) => (value < 0n ? -value : value);

describe("allocateMinor", () => {
  it("splits 100.00 three ways with the extra cent first", () => {
    expect(allocateMinor(10_000n, [1n, 1n, 1n])).toEqual([3334n, 3333n, 3333n]);
    expect(splitEvenly(10_000n, 3)).toEqual([3334n, 3333n, 3333n]);
  });

  it("splits 123.45 as 30/70", () => {
    // Exact shares 3703.5 and 8641.5: equal remainders, so the earlier part gets the unit.
    expect(allocateMinor(12_345n, [30n, 70n])).toEqual([3704n, 8641n]);
  });

  it("gives the leftover to the largest remainders, not the first parts", () => {
    // Exact shares 1.666…, 3.333…, 5: the unit goes to the first part (remainder 2/3).
    expect(allocateMinor(10n, [1n, 2n, 3n])).toEqual([2n, 3n, 5n]);
    expect(allocateMinor(7n, [1n, 5n])).toEqual([1n, 6n]);
  });

  it("mirrors positive splits for negative totals", () => {
    expect(allocateMinor(-10_000n, [1n, 1n, 1n])).toEqual([-3334n, -3333n, -3333n]);
    expect(allocateMinor(-12_345n, [30n, 70n])).toEqual([-3704n, -8641n]);
  });

  it("splits zero into zeros and gives zero weights nothing", () => {
    expect(allocateMinor(0n, [1n, 2n])).toEqual([0n, 0n]);
    expect(allocateMinor(5n, [0n, 1n, 0n, 1n])).toEqual([0n, 3n, 0n, 2n]);
    expect(allocateMinor(5n, [7n])).toEqual([5n]);
  });

  it("refuses weights it cannot split by", () => {
    expect(() => allocateMinor(100n, [])).toThrow(RangeError);
    expect(() => allocateMinor(100n, [0n, 0n])).toThrow(RangeError);
    expect(() => allocateMinor(100n, [2n, -1n])).toThrow(RangeError);
    expect(() => splitEvenly(100n, 0)).toThrow(RangeError);
    expect(() => splitEvenly(100n, 2.5)).toThrow(RangeError);
    expect(() => splitEvenly(100n, Number.NaN)).toThrow(RangeError);
  });
});

describe("percentOf", () => {
  it.each([
    [50n, 100, 0n], // 0.5 → 0
    [150n, 100, 2n], // 1.5 → 2
    [250n, 100, 2n], // 2.5 → 2
    [350n, 100, 4n], // 3.5 → 4
    [-50n, 100, 0n],
    [-150n, 100, -2n],
    [-250n, 100, -2n],
    [12_345n, 250, 309n], // 2.5 % of 123.45 = 3.08625 → 3.09
    [10_000n, 250, 250n],
    [149n, 100, 1n], // 1.49 → 1
    [151n, 100, 2n], // 1.51 → 2
    [1_000n, -250n, -25n],
    [0n, 250, 0n],
    [10n ** 30n, 1, 10n ** 26n],
  ] as const)("%s × %s bp → %s", (amount, bp, expected) => {
    expect(percentOf(amount, bp)).toBe(expected);
  });

  it("refuses fractional basis points", () => {
    expect(() => percentOf(100n, 2.5)).toThrow(RangeError);
    expect(() => percentOf(100n, Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});

// Totals from small to far beyond 2^53, both signs; fast-check also biases towards edge values.
const totals = fc.oneof(fc.bigInt({ min: -1_000_000n, max: 1_000_000n }), fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }));
const weightLists = fc
  .array(fc.oneof(fc.constant(0n), fc.bigInt({ min: 0n, max: 1_000n }), fc.bigInt({ min: 0n, max: 10n ** 18n })), {
    minLength: 1,
    maxLength: 12,
  })
  .filter((weights) => weights.some((weight) => weight > 0n));

describe("allocateMinor properties", () => {
  it("parts sum exactly to the total", () => {
    fc.assert(fc.property(totals, weightLists, (total, weights) => sum(allocateMinor(total, weights)) === total));
  });

  it("each part is less than one unit from its exact share, and zero weights get 0", () => {
    fc.assert(
      fc.property(totals, weightLists, (total, weights) => {
        const weightSum = sum(weights);
        const parts = allocateMinor(total, weights);
        expect(parts).toHaveLength(weights.length);
        parts.forEach((part, index) => {
          const weight = weights[index] ?? 0n;
          // |part − total·w/W| < 1  ⇔  |part·W − total·w| < W, all in integers.
          expect(abs(part * weightSum - total * weight) < weightSum).toBe(true);
          if (weight === 0n) expect(part).toBe(0n);
        });
      }),
    );
  });

  it("negating the total negates every part", () => {
    fc.assert(
      fc.property(totals, weightLists, (total, weights) => {
        expect(allocateMinor(-total, weights)).toEqual(allocateMinor(total, weights).map((part) => -part));
      }),
    );
  });

  it("splitEvenly parts differ by at most one and never increase", () => {
    fc.assert(
      fc.property(totals, fc.integer({ min: 1, max: 50 }), (total, count) => {
        const parts = splitEvenly(total, count);
        expect(parts).toHaveLength(count);
        expect(sum(parts)).toBe(total);
        const sorted = [...parts].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
        expect((sorted.at(-1) ?? 0n) - (sorted[0] ?? 0n) <= 1n).toBe(true);
        // Larger magnitudes first: the extra units go to the earliest parts.
        parts.slice(1).forEach((part, index) => expect(abs(part) <= abs(parts[index] ?? 0n)).toBe(true));
      }),
    );
  });
});

describe("percentOf properties", () => {
  it("is within half a unit of the exact value, and exact halves round to even", () => {
    fc.assert(
      fc.property(totals, fc.integer({ min: -20_000, max: 20_000 }), (amount, bp) => {
        const result = percentOf(amount, bp);
        const error = abs(result * 10_000n - amount * BigInt(bp)); // in 1/10 000 of a unit
        expect(error <= 5_000n).toBe(true);
        if (error === 5_000n) expect(result % 2n).toBe(0n);
        expect(percentOf(amount, BigInt(bp))).toBe(result);
      }),
    );
  });
});
