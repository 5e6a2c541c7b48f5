import { describe, expect, it } from "vitest";
import { analyzeText, termQuality } from "./analyze-text";

function collect(text: string, reading: Parameters<typeof analyzeText>[1], options: Parameters<typeof analyzeText>[2] = {}) {
  const out = new Map<string, number>();
  analyzeText(text, reading, options, (term, quality) => out.set(term, Math.max(out.get(term) ?? 0, quality)));
  return out;
}

describe("analyzeText", () => {
  it("indexes compounds whole, joined and by part", () => {
    const terms = collect("Кабель YJV 3x2.5", "ru");
    expect(terms.get("3x2.5")).toBe(termQuality.surface);
    expect(terms.get("3")).toBe(termQuality.compoundPart);
    expect(terms.has("кабел")).toBe(true);
    expect(terms.has("kabel")).toBe(true);
  });
  it("indexes Chinese words, pairs, pinyin and (for names) single characters", () => {
    const terms = collect("双门冰箱", "zh", { pinyin: true, unigrams: true });
    for (const term of ["冰箱", "门冰", "bingxiang", "bing", "箱"]) expect(terms.has(term)).toBe(true);
    expect(collect("双门冰箱", "zh").has("bingxiang")).toBe(false);
  });
  it("spells adjacent Chinese segments as one pinyin word", () => {
    const terms = collect("轮式拖拉机", "zh", { pinyin: true });
    for (const term of ["tuolaji", "lunshituolaji"]) expect(terms.get(term)).toBe(termQuality.pinyinJoin);
    expect(collect("光伏逆变器", "zh", { pinyin: true }).has("nibianqi")).toBe(true);
    expect(collect("洗衣机", "zh").has("xiyiji")).toBe(false);
  });
  it("skips function words", () => {
    const terms = collect("Кабель для солнечных панелей", "ru");
    expect(terms.has("для")).toBe(false);
    expect(terms.has("панел")).toBe(true);
  });
  it("treats hyphenated words as full words", () => {
    expect(collect("Сплит-кондиционер", "ru").get("кондиционер")).toBe(termQuality.surface);
  });
});
