import { describe, expect, it } from "vitest";
import { formatRateForLocale } from "./format-rate-for-locale";
import { readRateField } from "./read-rate-field";

describe("the rate field", () => {
  it.each([
    ["7.095", "ru", "7.095"],
    ["7.095", "en", "7.095"],
    ["7,095", "ru", "7.095"],
    ["12 185,5", "kk", "12185.5"],
    ["12 185,5", "uz", "12185.5"],
    ["12,185.5", "en", "12185.5"],
    ["0,0726", "ru", "0.0726"],
    ["518", "zh", "518"],
    ["1,5", "en", "1,5"],
    ["abc", "ru", "abc"],
    ["-1", "ru", "-1"],
  ] as const)("%j in %s → %j", (input, locale, expected) => {
    expect(readRateField(input, locale)).toBe(expected);
  });
});

describe("formatRateForLocale", () => {
  it("keeps every digit and uses the locale's separators", () => {
    expect(formatRateForLocale("en", "12185.5")).toBe("12,185.5");
    expect(formatRateForLocale("ru", "12185.5")).toBe("12\u00a0185,5");
    expect(formatRateForLocale("en", "0.000077817983736")).toBe("0.000077817983736");
    expect(formatRateForLocale("en", "7.0950")).toBe("7.0950");
    expect(formatRateForLocale("zh", "999999999999.999999999999")).toBe("999,999,999,999.999999999999");
  });
});
