import { describe, expect, it } from "vitest";
import { composeLegs } from "./compose-legs";
import { convertMinor, convertMinorWithExponents } from "./convert-minor";
import { parseRate } from "./parse-rate";
import { divideHalfEven, invertRational, multiplyRationals, rational } from "./rational";

const rate = (text: string) => parseRate(text)!;

describe("half-even division", () => {
  it.each([
    [5n, 2n, 2n], // 2.5 → 2
    [7n, 2n, 4n], // 3.5 → 4
    [9n, 2n, 4n], // 4.5 → 4
    [-5n, 2n, -2n],
    [-7n, 2n, -4n],
    [26n, 10n, 3n],
    [24n, 10n, 2n],
    [-26n, 10n, -3n],
    [1n, 3n, 0n],
    [2n, 3n, 1n],
    [0n, 7n, 0n],
    [5n, -2n, -2n],
  ] as const)("%s / %s → %s", (num, den, expected) => {
    expect(divideHalfEven(num, den)).toBe(expected);
  });
});

describe("convertMinor", () => {
  it("rounds an exact half to the even minor unit", () => {
    // 0.25 USD × 0.1 = 0.025 → 0.02; 0.35 × 0.1 = 0.035 → 0.04; 0.45 × 0.1 = 0.045 → 0.04.
    expect(convertMinor(25n, "USD", "EUR", "0.1")).toBe(2n);
    expect(convertMinor(35n, "USD", "EUR", "0.1")).toBe(4n);
    expect(convertMinor(45n, "USD", "EUR", "0.1")).toBe(4n);
    expect(convertMinor(-25n, "USD", "EUR", "0.1")).toBe(-2n);
    expect(convertMinor(-35n, "USD", "EUR", "0.1")).toBe(-4n);
    // Just above and below the half do not tie.
    expect(convertMinor(25n, "USD", "EUR", "0.100000000001")).toBe(3n);
    expect(convertMinor(35n, "USD", "EUR", "0.099999999999")).toBe(3n);
  });

  it("rounds a half that only appears through an inverse rate", () => {
    const perEight = invertRational(rate("8"));
    expect(convertMinor(100n, "CNY", "USD", perEight)).toBe(12n); // 12.5 → 12
    expect(convertMinor(300n, "CNY", "USD", perEight)).toBe(38n); // 37.5 → 38
  });

  it("uses the exponents of the table, not a fixed 2", () => {
    // 1.00 of a 2-decimal currency into a 0-decimal one and a 3-decimal one.
    expect(convertMinorWithExponents(100n, 2, 0, rate("150.5"))).toBe(150n); // 150.5 → 150
    expect(convertMinorWithExponents(100n, 2, 0, rate("151.5"))).toBe(152n);
    expect(convertMinorWithExponents(1000n, 3, 2, rate("0.3065"))).toBe(31n); // 0.3065 → 0.31
    expect(convertMinorWithExponents(150n, 0, 3, rate("0.0001"))).toBe(15n); // 0.015
    expect(convertMinor(100n, "USD", "KZT", "518.40")).toBe(51840n);
  });

  it("is exact for amounts far beyond 2^53", () => {
    const huge = 123456789012345678901234567890n;
    expect(convertMinor(huge, "USD", "CNY", "2")).toBe(huge * 2n);
    expect(convertMinor(huge, "USD", "CNY", "0.5")).toBe(61728394506172839450617283945n); // …945 exactly, no tie
    expect(convertMinor(huge + 1n, "USD", "CNY", "0.5")).toBe(61728394506172839450617283946n); // …945.5 → …946
    expect(convertMinor(9007199254740993123n, "USD", "UZS", "12850.5")).toBe(115747014023049132127112n); // …111.5 → …112 (even)
  });

  it("converts 1 000 000 KZT into CNY through USD rounding once", () => {
    const cross = composeLegs("KZT", "CNY", [
      { base: "USD", quote: "KZT", rate: "518.40", inverted: true },
      { base: "USD", quote: "CNY", rate: "7.0950", inverted: false },
    ]);
    expect(cross).toEqual(rational(473n, 34560n));
    // 13686.3425925… CNY. Rounding at USD first would give 1929.01 USD → 13686.33 CNY.
    expect(convertMinor(100_000_000n, "KZT", "CNY", cross)).toBe(1_368_634n);
    const viaUsd = convertMinor(convertMinor(100_000_000n, "KZT", "USD", invertRational(rate("518.40"))), "USD", "CNY", "7.0950");
    expect(viaUsd).toBe(1_368_633n);
  });

  it("keeps inverse and cross rates consistent", () => {
    const usdCny = rate("7.0950");
    const usdKzt = rate("518.40");
    const kztCny = multiplyRationals(invertRational(usdKzt), usdCny);
    const cnyKzt = multiplyRationals(invertRational(usdCny), usdKzt);
    expect(multiplyRationals(kztCny, cnyKzt)).toEqual(rational(1n));
    expect(invertRational(invertRational(usdCny))).toEqual(usdCny);
    for (const amount of [1n, 99n, 12_345n, 100_000_000n, 987_654_321_987n]) {
      const there = convertMinor(amount, "KZT", "CNY", kztCny);
      const back = convertMinor(there, "CNY", "KZT", cnyKzt);
      // One rounding each way: back within half a CNY cent's worth of KZT (≈ 0.37 KZT) of the start.
      expect(Math.abs(Number(back - amount))).toBeLessThanOrEqual(37);
    }
  });

  it("refuses an invalid rate string", () => {
    expect(() => convertMinor(100n, "USD", "CNY", "0")).toThrow(RangeError);
    expect(() => convertMinor(100n, "USD", "CNY", "7,1")).toThrow(RangeError);
  });
});
