import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { locales } from "./config";
import { formatMoney } from "./format";
import { parseLocaleMoney } from "./parse-money";
import { currencyCodes } from "@/lib/money/currencies";

const combinations = locales.flatMap((locale) => currencyCodes.map((currency) => [locale, currency] as const));
const limit = 10n ** 15n;
// Small amounts (no grouping, leading "0,0x") are as likely to break a parser as huge ones.
const amounts = fc.oneof(fc.bigInt({ min: -limit, max: limit }), fc.bigInt({ min: -100_000n, max: 100_000n }));

describe("formatMoney → parseLocaleMoney round trip", () => {
  it.each(combinations)("%s %s", (locale, currency) => {
    for (const minor of [0n, 1n, -1n, 99n, 100n, -100n, 123_456n, 100_000n, -99_999_999n, limit, -limit]) {
      expect(parseLocaleMoney(formatMoney(locale, minor, currency), locale, currency)).toBe(minor);
    }
    fc.assert(
      fc.property(amounts, (minor) => {
        expect(parseLocaleMoney(formatMoney(locale, minor, currency), locale, currency)).toBe(minor);
      }),
      { numRuns: 200 },
    );
  });
});

describe("parseLocaleMoney", () => {
  it.each([
    ["1 234,56", "ru", "RUB", 123_456n],
    ["1\u00a0234,56", "ru", "RUB", 123_456n],
    ["1,234.56", "en", "USD", 123_456n],
    ["1234.5", "zh", "CNY", 123_450n],
    ["1234,5", "kk", "KZT", 123_450n],
    ["12.5", "ru", "RUB", 1_250n],
    ["1 234,56 ₽", "ru", "RUB", 123_456n],
    ["1 234,56 RUB", "ru", "RUB", 123_456n],
    ["1 234,56 ₸", "kk", "KZT", 123_456n],
    ["₸ 1 234", "kk", "KZT", 123_400n],
    ["1 234 so'm", "uz", "UZS", 123_400n],
    ["1 234 soʻm", "uz", "UZS", 123_400n],
    ["$1,234.56", "en", "USD", 123_456n],
    ["1 234,56 US$", "ru", "USD", 123_456n],
    ["-US$0.05", "en", "USD", -5n],
    ["US$-0.05", "en", "USD", -5n],
    ["\u22121 234,56 €", "ru", "EUR", -123_456n],
    ["(US$1,234.56)", "en", "USD", -123_456n],
    ["¥1,234.56", "zh", "CNY", 123_456n],
    ["  42 usd ", "en", "USD", 4_200n],
  ] as const)("%j in %s %s → %s", (input, locale, currency, expected) => {
    expect(parseLocaleMoney(input, locale, currency)).toBe(expected);
  });

  it.each([
    ["", "en", "USD"],
    ["US$", "en", "USD"],
    ["-", "ru", "RUB"],
    ["abc", "en", "USD"],
    ["€5", "en", "USD"], // another currency's symbol
    ["5 KZT", "ru", "RUB"],
    ["1,234.567", "en", "USD"], // more decimals than the currency has
    ["1 $ 2", "ru", "USD"], // symbol in the middle
    ["--5", "en", "USD"],
    ["-US$-5", "en", "USD"],
    ["(-US$5)", "en", "USD"],
    ["US$US$5", "en", "USD"],
  ] as const)("refuses %j in %s %s", (input, locale, currency) => {
    expect(parseLocaleMoney(input, locale, currency)).toBeNull();
  });
});
