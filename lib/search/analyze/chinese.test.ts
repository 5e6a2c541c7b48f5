import { describe, expect, it } from "vitest";
import { hanBigrams, pinyinOf, runSyllables, segmentHan } from "./chinese";

describe("Chinese analysis", () => {
  it("segments into dictionary words with offsets", () => {
    expect(segmentHan("铜芯电力电缆")).toEqual([
      { word: "铜", index: 0 },
      { word: "芯", index: 1 },
      { word: "电力", index: 2 },
      { word: "电缆", index: 4 },
    ]);
  });
  it("pairs characters so partial words match", () => {
    expect(hanBigrams("双门冰箱")).toEqual(["双门", "门冰", "冰箱"]);
    expect(hanBigrams("箱")).toEqual([]);
  });
  it("spells words in toneless pinyin, joined and by syllable", () => {
    expect(pinyinOf("电缆")).toEqual({ joined: ["dianlan"], syllables: ["dian", "lan"] });
    expect(pinyinOf("冰箱").joined).toEqual(["bingxiang"]);
    expect(pinyinOf("铝").syllables).toEqual(["lu", "lv"]);
  });
  it("spells a run one syllable per character", () => {
    expect(runSyllables("洗衣机")).toEqual(["xi", "yi", "ji"]);
    expect(runSyllables("铝合金")).toEqual(["lv", "he", "jin"]);
  });
});
