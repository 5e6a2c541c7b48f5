import { describe, expect, it } from "vitest";
import { normalizeForSearch } from "./normalize";

describe("normalizeForSearch", () => {
  it("folds Kazakh letters to their Russian-keyboard spelling", () => {
    expect(normalizeForSearch("Құрылыс материалдары")).toBe(normalizeForSearch("Курылыс материалдары"));
    expect(normalizeForSearch("Өңдеу")).toBe("ондеу");
  });
  it("ignores Uzbek apostrophes and case", () => {
    expect(normalizeForSearch("Oʻyinchoqlar")).toBe("oyinchoqlar");
    expect(normalizeForSearch("G‘isht")).toBe("gisht");
  });
  it("keeps Chinese characters", () => {
    expect(normalizeForSearch(" 电缆  电线 ")).toBe("电缆 电线");
  });
});
