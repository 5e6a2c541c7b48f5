import { describe, expect, it } from "vitest";
import { negotiateLocale } from "./negotiate";

describe("negotiateLocale", () => {
  it.each([
    [null, "en"],
    ["ru-RU,ru;q=0.9,en;q=0.8", "ru"],
    ["kk-KZ", "kk"],
    ["uz-Cyrl-UZ,ru;q=0.5", "uz"],
    ["zh-TW", "zh"],
    ["de-DE,en;q=0.3,ru;q=0.7", "ru"],
    ["fr", "en"],
    ["ru;q=0, zh", "zh"],
  ] as const)("%s → %s", (header, expected) => {
    expect(negotiateLocale(header)).toBe(expected);
  });
});
