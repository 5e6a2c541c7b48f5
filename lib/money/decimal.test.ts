import { describe, expect, it } from "vitest";
import { decimalToMinor, minorToDecimal } from "./decimal";

describe("decimal ↔ minor units", () => {
  it.each([
    ["20.01", 2001n],
    ["20.1", 2010n],
    ["20", 2000n],
    ["0.05", 5n],
    ["-3.50", -350n],
    ["90071992547409931.23", 9007199254740993123n],
  ] as const)("%s CNY → %s", (decimal, minor) => {
    expect(decimalToMinor(decimal, "CNY")).toBe(minor);
    expect(decimalToMinor(minorToDecimal(minor, "CNY"), "CNY")).toBe(minor);
  });

  it.each(["20.001", "1e3", "", "abc", "1,5", ".5", "5."])("refuses %j", (decimal) => {
    expect(decimalToMinor(decimal, "USD")).toBeNull();
  });

  it("prints exactly", () => {
    expect(minorToDecimal(5n, "KZT")).toBe("0.05");
    expect(minorToDecimal(-123450n, "UZS")).toBe("-1234.50");
  });
});
