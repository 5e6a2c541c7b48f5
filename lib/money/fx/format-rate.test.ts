import { describe, expect, it } from "vitest";
import { formatRate, rationalToFraction } from "./format-rate";
import { parseRate } from "./parse-rate";
import { invertRational, rational } from "./rational";

describe("formatRate", () => {
  it.each([
    [invertRational(parseRate("0.0726")!), "13.7741046832"],
    [invertRational(parseRate("12850.5")!), "0.000077817983736"],
    [rational(1n, 3n), "0.333333333333"],
    [rational(2n, 3n), "0.666666666667"],
    [parseRate("12850.5")!, "12850.5"],
    [parseRate("7.095")!, "7.095"],
    [rational(1n), "1"],
    [rational(1_000_000_000_000_000n), "1000000000000000"],
  ] as const)("%o → %s", (value, expected) => {
    expect(formatRate(value)).toBe(expected);
  });

  it("rounds the 12th significant digit half-even", () => {
    expect(formatRate(parseRate("1.000000000005")!)).toBe("1"); // …0|5 → even 0
    expect(formatRate(parseRate("1.000000000015")!)).toBe("1.00000000002"); // …1|5 → even 2
    expect(formatRate(rational(9_999_999_999_995n, 10n))).toBe("1000000000000"); // carries into a new digit
    expect(formatRate(rational(2n, 3n), 3)).toBe("0.667");
    expect(formatRate(rational(123_456n), 2)).toBe("120000");
  });

  it("writes the exact fraction", () => {
    expect(rationalToFraction(invertRational(parseRate("0.0726")!))).toBe("5000/363");
  });
});
