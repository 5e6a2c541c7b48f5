import { describe, expect, it } from "vitest";
import { normalizeRate, parseRate } from "./parse-rate";
import { rational } from "./rational";

describe("FX rate strings", () => {
  it.each([
    ["0.0726", 363n, 5000n],
    ["489.15", 9783n, 20n],
    ["7.0950", 1419n, 200n],
    ["12850", 12850n, 1n],
    ["0.000000000001", 1n, 10n ** 12n],
    ["999999999999.999999999999", 999999999999999999999999n, 10n ** 12n],
  ] as const)("%s is exactly %s/%s", (text, num, den) => {
    expect(parseRate(text)).toEqual(rational(num, den));
  });

  it("normalizes leading and trailing zeros", () => {
    expect(normalizeRate(" 007.100 ")).toBe("7.1");
    expect(normalizeRate("0.50")).toBe("0.5");
    expect(normalizeRate("10.000")).toBe("10");
  });

  it.each(["0", "0.000", "-1", "+1", "1,5", "1 000.5", "1e3", ".5", "5.", "", " ", "abc", "0.1234567890123", "1234567890123", "NaN", "Infinity", "٣"])("refuses %j", (text) => {
    expect(parseRate(text)).toBeNull();
  });
});
