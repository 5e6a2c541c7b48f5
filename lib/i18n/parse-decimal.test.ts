import { describe, expect, it } from "vitest";
import { parseLocaleDecimal } from "./parse-decimal";

describe("parseLocaleDecimal", () => {
  it.each([
    ["1 234,56", "ru", "1234.56"],
    ["1\u00a0234,56", "kk", "1234.56"],
    ["1\u202f234,5", "uz", "1234.5"],
    ["12,50", "ru", "12.5"],
    ["12.5", "ru", "12.5"],
    ["1.234.567,89", "ru", "1234567.89"],
    ["1,234.56", "en", "1234.56"],
    ["1234.56", "zh", "1234.56"],
    ["0,10", "ru", "0.1"],
    ["-5", "en", "-5"],
    ["007", "en", "7"],
  ] as const)("%s in %s → %s", (input, locale, expected) => {
    expect(parseLocaleDecimal(input, locale)).toBe(expected);
  });

  it.each([
    ["", "ru"],
    ["abc", "en"],
    ["1,2,3", "ru"],
    ["1.2.3", "en"],
    ["12,34,56", "en"],
    [",", "ru"],
  ] as const)("rejects %j in %s", (input, locale) => {
    expect(parseLocaleDecimal(input, locale)).toBeNull();
  });
});
