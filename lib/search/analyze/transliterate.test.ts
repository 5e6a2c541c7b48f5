import { describe, expect, it } from "vitest";
import { latinKey, latinKeyOf, transliterateCyrillic } from "./transliterate";

describe("latinKeyOf", () => {
  it("meets Russian words typed in Latin, whatever the romanization", () => {
    const key = latinKeyOf("холодильник");
    for (const spelling of ["holodilnik", "kholodilnik", "xolodilnik", "Holodilnik"]) expect(latinKeyOf(spelling)).toBe(key);
    expect(latinKeyOf("кабель")).toBe(latinKeyOf("kabel"));
    expect(latinKeyOf("алюминий")).toBe(latinKeyOf("alyuminiy"));
  });
  it("reads Uzbek Cyrillic as Uzbek Latin, including ў and ғ", () => {
    expect(latinKeyOf("музлатгич")).toBe(latinKeyOf("muzlatgich"));
    expect(latinKeyOf("ўғит")).toBe("ogit");
    expect(latinKeyOf("oʻgʻit")).toBe("ogit");
    expect(latinKeyOf("пахта")).toBe(latinKeyOf("paxta"));
  });
  it("folds Kazakh letters like a Russian keyboard does", () => {
    expect(latinKeyOf("тоңазытқыш")).toBe(latinKeyOf("тоназыткыш"));
    expect(latinKeyOf("tonazytqysh")).toBe(latinKeyOf("тоңазытқыш"));
  });
});

describe("transliterateCyrillic / latinKey", () => {
  it("spells letter by letter, then folds variants", () => {
    expect(transliterateCyrillic("щетка")).toBe("shchetka");
    expect(transliterateCyrillic("жесткии")).toBe("zhestkii");
    expect(latinKey("shchetka")).toBe("shetka");
    expect(latinKey("zhestkiy")).toBe("jestki");
  });
});
