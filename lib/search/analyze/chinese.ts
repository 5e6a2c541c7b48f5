import { pinyin } from "pinyin-pro";
import { normalizeForSearch } from "@/lib/search/normalize";

const segmenter = new Intl.Segmenter("zh", { granularity: "word" });

/** Dictionary words of a run of Han characters, with their offsets inside the run. */
export function segmentHan(run: string): { word: string; index: number }[] {
  const out: { word: string; index: number }[] = [];
  for (const segment of segmenter.segment(run)) out.push({ word: segment.segment, index: segment.index });
  return out;
}

/** Overlapping character pairs, so a query word finds text the segmenter cut differently. */
export function hanBigrams(run: string): string[] {
  const chars = [...run];
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!);
  return out;
}

export type PinyinForms = {
  /** Whole word without spaces ("dianlan"); ü words also as "lu"/"lv". */
  joined: string[];
  /** Single syllables ("dian", "lan"). */
  syllables: string[];
};

const pinyinCache = new Map<string, PinyinForms>();

export function clearPinyinCache(): void {
  pinyinCache.clear();
  syllableCache.clear();
}

/** Toneless pinyin of a word. Words are cached: the same few thousand recur across a catalog. */
export function pinyinOf(word: string): PinyinForms {
  const cached = pinyinCache.get(word);
  if (cached) return cached;
  const raw = pinyin(word, { toneType: "none", type: "array", v: true }).map((s) => normalizeForSearch(s)).filter((s) => /^[a-z]+$/.test(s));
  const variants = (s: string) => (s.includes("v") ? [s.replace(/v/g, "u"), s] : [s]);
  const forms: PinyinForms = {
    joined: raw.length > 1 ? variants(raw.join("")) : [],
    syllables: [...new Set(raw.flatMap(variants))],
  };
  if (pinyinCache.size > 100_000) pinyinCache.clear();
  pinyinCache.set(word, forms);
  return forms;
}

const syllableCache = new Map<string, string[] | null>();

/**
 * Toneless pinyin of a Han run, one syllable per character and read in context (ü as "v"), or
 * null when pinyin-pro does not give exactly one per character. Cached like words.
 */
export function runSyllables(run: string): string[] | null {
  const cached = syllableCache.get(run);
  if (cached !== undefined) return cached;
  const raw = pinyin(run, { toneType: "none", type: "array", v: true }).map((s) => normalizeForSearch(s));
  const syllables = raw.length === [...run].length && raw.every((s) => /^[a-z]+$/.test(s)) ? raw : null;
  if (syllableCache.size > 100_000) syllableCache.clear();
  syllableCache.set(run, syllables);
  return syllables;
}
