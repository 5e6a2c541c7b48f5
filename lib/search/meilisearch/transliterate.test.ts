import { describe, expect, it } from "vitest";
import {
  kazakhCyrillicToLatin,
  russianCyrillicToLatin,
  uzbekCyrillicToLatin,
  uzbekLatinToCyrillic,
  withoutApostrophes,
} from "./transliterate";

describe("transliteration for search", () => {
  it("spells Russian the way it is typed on a Latin keyboard", () => {
    expect(russianCyrillicToLatin("Медный кабель ВВГ")).toBe("mednyy kabel vvg");
    expect(russianCyrillicToLatin("Щётка, 3 шт.")).toBe("shchetka, 3 sht.");
    expect(russianCyrillicToLatin("Холодильник")).toBe("kholodilnik");
    expect(russianCyrillicToLatin("Холодильник", "h")).toBe("holodilnik");
  });

  it("covers the Kazakh letters", () => {
    expect(kazakhCyrillicToLatin("Құрылыс материалдары")).toBe("qurylys materialdary");
    expect(kazakhCyrillicToLatin("Өңдеу")).toBe("ondeu");
  });

  it("follows the Uzbek Cyrillic → Latin rules, apostrophes dropped", () => {
    expect(uzbekCyrillicToLatin("Ўйинчоқлар")).toBe("oyinchoqlar");
    expect(uzbekCyrillicToLatin("Ғишт")).toBe("gisht");
    expect(uzbekCyrillicToLatin("Ер ва объект")).toBe("yer va obyekt");
    expect(uzbekCyrillicToLatin("Ҳовли")).toBe("hovli");
  });

  it("writes Uzbek Latin in Cyrillic", () => {
    expect(uzbekLatinToCyrillic("Oʻyinchoqlar")).toBe("ўйинчоқлар");
    expect(uzbekLatinToCyrillic("g'isht")).toBe("ғишт");
    expect(uzbekLatinToCyrillic("Shina va elektr chiroq")).toBe("шина ва электр чироқ");
    expect(uzbekLatinToCyrillic("yer")).toBe("ер");
  });

  it("drops Uzbek apostrophes of every kind", () => {
    expect(withoutApostrophes("Oʻzbekiston G‘isht o'yin")).toBe("ozbekiston gisht oyin");
  });
});
