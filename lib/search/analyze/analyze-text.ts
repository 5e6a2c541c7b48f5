import type { Locale } from "@/lib/i18n/config";
import { clearPinyinCache, hanBigrams, pinyinOf, runSyllables, segmentHan } from "./chinese";
import { isStopword } from "./stopwords";
import { normalizeToken, splitCompound, tokenize, type Token } from "./tokenize";
import { clearWordFormCache, wordForms, type FormKind } from "./word-forms";

/** Receives each index term of a text with how exactly it represents what was written (0–1). */
export type TermSink = (term: string, quality: number, surface: boolean) => void;

export type TextOptions = {
  /** Pinyin for Chinese words (titles and names, not long descriptions: it is the slow part). */
  pinyin?: boolean;
  /** Single Han characters too, so a one-character query finds them. */
  unigrams?: boolean;
};

/** How well an index term stands for the text, multiplied by the field weight. */
export const termQuality = {
  surface: 1,
  stem: 0.9,
  key: 0.85,
  compoundJoined: 0.95,
  compoundPart: 0.7,
  hanBigram: 0.8,
  hanUnigram: 0.6,
  pinyinWord: 0.85,
  pinyinJoin: 0.8,
  pinyinSyllable: 0.6,
} as const;

const formQuality: Record<FormKind, number> = { surface: termQuality.surface, stem: termQuality.stem, key: termQuality.key };

function emitWord(raw: string, reading: Locale, factor: number, sink: TermSink): void {
  const forms = wordForms(raw, reading);
  if (!forms.length || isStopword(forms[0]!.term)) return;
  for (const form of forms) sink(form.term, formQuality[form.kind] * factor, form.kind === "surface" && factor === 1);
}

/** Most adjacent segments joined for one-word pinyin ("xiyiji" for 洗衣/机). */
const maxPinyinJoin = 4;
/** Longest run also spelled whole; longer runs only get their joins (runs in names are short). */
const maxPinyinRun = 12;

/**
 * Pinyin of compounds the segmenter cut up: people type 洗衣机 as "xiyiji", not "xiyi ji". Each
 * 2–4 adjacent segments and the whole (short) run are spelled joined, read in context.
 */
function emitPinyinJoins(run: string, lengths: number[], sink: TermSink): void {
  const syllables = runSyllables(run);
  if (!syllables) return;
  const spell = (from: number, to: number) => {
    const joined = syllables.slice(from, to).join("");
    if (joined.includes("v")) sink(joined.replace(/v/g, "u"), termQuality.pinyinJoin, false);
    sink(joined, termQuality.pinyinJoin, false);
  };
  const starts = [0];
  for (const length of lengths) starts.push(starts[starts.length - 1]! + length);
  for (let i = 0; i < lengths.length; i++) {
    for (let n = 2; n <= maxPinyinJoin && i + n <= lengths.length; n++) spell(starts[i]!, starts[i + n]!);
  }
  if (lengths.length > maxPinyinJoin && syllables.length <= maxPinyinRun) spell(0, syllables.length);
}

function emitHan(run: string, options: TextOptions, sink: TermSink): void {
  const lengths: number[] = [];
  for (const { word } of segmentHan(run)) {
    lengths.push([...word].length);
    if (isStopword(word)) continue;
    sink(word, termQuality.surface, true);
    if (options.pinyin) {
      const forms = pinyinOf(word);
      for (const joined of forms.joined) sink(joined, termQuality.pinyinWord, false);
      for (const syllable of forms.syllables) sink(syllable, termQuality.pinyinSyllable, false);
    }
  }
  if (options.pinyin && lengths.length > 1) emitPinyinJoins(run, lengths, sink);
  for (const bigram of hanBigrams(run)) sink(bigram, termQuality.hanBigram, false);
  if (options.unigrams) for (const ch of run) sink(ch, termQuality.hanUnigram, false);
}

function computeToken(token: Token, reading: Locale, options: TextOptions, sink: TermSink): void {
  if (token.han) return emitHan(token.raw, options, sink);
  const compound = splitCompound(token.raw);
  if (!compound) {
    if (/^\p{N}+$/u.test(token.raw)) sink(normalizeToken(token.raw), termQuality.surface, false);
    else emitWord(token.raw, reading, 1, sink);
    return;
  }
  sink(compound.whole, termQuality.surface, true);
  sink(compound.joined, termQuality.compoundJoined, false);
  // "Сплит-кондиционер" is two words in full; "YJV22" or "3x2.5" only loosely its parts.
  const partFactor = /\p{N}/u.test(compound.whole) ? termQuality.compoundPart : 1;
  for (const piece of compound.pieces) {
    if (/^\p{N}+$/u.test(piece)) sink(normalizeToken(piece), partFactor, false);
    else if (piece.length > 1) emitWord(piece, reading, partFactor, sink);
  }
}

type TokenTerms = { terms: string[]; qualities: number[]; surfaces: boolean[] };
/** One cache per reading and option set, so a lookup needs no composed key. */
const tokenCaches = new Map<string, Map<string, TokenTerms>>();
const tokenCacheLimit = 50_000;

/** Frees the analysis caches, e.g. after a full index build: they are worth tens of MB, and only speed up bulk work. */
export function clearAnalysisCaches(): void {
  tokenCaches.clear();
  clearWordFormCache();
  clearPinyinCache();
}

function cacheFor(reading: Locale, options: TextOptions): Map<string, TokenTerms> {
  const name = `${reading}${options.pinyin ? 1 : 0}${options.unigrams ? 1 : 0}`;
  let cache = tokenCaches.get(name);
  if (!cache) tokenCaches.set(name, (cache = new Map()));
  return cache;
}

/** 0: no ASCII digit, 1: only ASCII digits, 2: digits and other characters. */
function digitKind(text: string): 0 | 1 | 2 {
  let digits = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) digits++;
  }
  return digits === 0 ? 0 : digits === text.length ? 1 : 2;
}

const uncachedLength = 6;

/**
 * The index terms of one token; shared by indexing and highlighting so both agree. Words are
 * cached — a catalog repeats a few tens of thousands of them across all its listings — but not
 * longer tokens with digits: model numbers and SKUs are mostly unique and would only churn it.
 */
function emitCached(token: Token, reading: Locale, options: TextOptions, cache: Map<string, TokenTerms>, sink: TermSink): void {
  let entry = cache.get(token.raw);
  if (!entry) {
    const digits = digitKind(token.raw);
    if (digits === 1) return sink(token.raw, termQuality.surface, false);
    if (digits === 2 && token.raw.length >= uncachedLength) return computeToken(token, reading, options, sink);
    const fresh: TokenTerms = { terms: [], qualities: [], surfaces: [] };
    computeToken(token, reading, options, (term, quality, surface) => {
      fresh.terms.push(term);
      fresh.qualities.push(quality);
      fresh.surfaces.push(surface);
    });
    if (cache.size >= tokenCacheLimit) cache.clear();
    cache.set(token.raw, fresh);
    entry = fresh;
  }
  const { terms, qualities, surfaces } = entry;
  for (let i = 0; i < terms.length; i++) sink(terms[i]!, qualities[i]!, surfaces[i]!);
}

export function emitToken(token: Token, reading: Locale, options: TextOptions, sink: TermSink): void {
  emitCached(token, reading, options, cacheFor(reading, options), sink);
}

/** Emits the index terms of a text, with repeats (the indexer keeps the best per term). */
export function analyzeText(text: string, reading: Locale, options: TextOptions, sink: TermSink): void {
  const cache = cacheFor(reading, options);
  for (const token of tokenize(text)) emitCached(token, reading, options, cache, sink);
}
