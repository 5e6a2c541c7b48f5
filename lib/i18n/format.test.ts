import { describe, expect, it } from "vitest";
import { formatMoney, formatNumber } from "./format";

const spaces = (s: string) => s.replace(/[\u00a0\u202f]/g, " ");

describe("formatMoney", () => {
  it("groups with spaces and a comma in ru/kk/uz", () => {
    expect(spaces(formatMoney("ru", 123456n, "KZT"))).toMatch(/^1 234,56 (₸|KZT)$/);
    expect(spaces(formatMoney("kk", 123456n, "KZT"))).toMatch(/^1 234,56/);
  });
  it("keeps every minor unit of very large amounts (no float)", () => {
    expect(formatMoney("en", 900719925474099312n, "USD")).toBe("US$9,007,199,254,740,993.12");
  });
  it("formats negatives and small amounts", () => {
    expect(formatMoney("en", -5n, "CNY")).toBe("-CN¥0.05");
  });
});

describe("formatNumber", () => {
  it("uses the locale's separators", () => {
    expect(spaces(formatNumber("ru", 1234.5))).toBe("1 234,5");
    expect(formatNumber("zh", 1234.5)).toBe("1,234.5");
  });
});
