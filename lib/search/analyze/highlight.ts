import { contentFallbacks, type Locale } from "@/lib/i18n/config";
import { emitToken } from "./analyze-text";
import { hanBigrams, pinyinOf, segmentHan } from "./chinese";
import { tokenize } from "./tokenize";

const entities: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => entities[ch]!);
}

/** The title a reader of `locale` is shown: the first one present along the locale's fallback chain. */
export function pickTitle(title: Partial<Record<Locale, string>>, locale: Locale): { text: string; locale: Locale } {
  for (const candidate of contentFallbacks[locale]) {
    const text = title[candidate]?.trim();
    if (text) return { text, locale: candidate };
  }
  return { text: "", locale };
}

/** Which characters of a Chinese run matched: a word, its pinyin, or a character pair. */
function markHan(run: string, matched: ReadonlySet<string>): boolean[] {
  const marks = new Array<boolean>(run.length).fill(false);
  const mark = (from: number, length: number) => marks.fill(true, from, from + length);
  for (const { word, index } of segmentHan(run)) {
    const pinyin = pinyinOf(word);
    if (matched.has(word) || pinyin.joined.some((p) => matched.has(p))) mark(index, word.length);
  }
  hanBigrams(run).forEach((bigram, i) => matched.has(bigram) && mark(i, 2));
  for (let i = 0; i < run.length; i++) if (matched.has(run[i]!)) mark(i, 1);
  return marks;
}

/**
 * Wraps the words of `text` that produced any of the `matched` index terms in <mark>, escaping
 * everything else. The words are analyzed as at indexing time (same reading), so whatever made
 * the listing match is what gets marked: a stem, a transliteration, a pinyin spelling.
 */
export function highlight(text: string, reading: Locale, matched: ReadonlySet<string>): string {
  const ranges: [number, number][] = [];
  for (const token of tokenize(text)) {
    if (token.han) {
      const marks = markHan(token.raw, matched);
      for (let i = 0; i < marks.length; i++) {
        if (!marks[i]) continue;
        let j = i;
        while (j < marks.length && marks[j]) j++;
        ranges.push([token.start + i, token.start + j]);
        i = j;
      }
      continue;
    }
    let hit = false;
    emitToken(token, reading, {}, (term) => (hit ||= matched.has(term)));
    if (hit) ranges.push([token.start, token.end]);
  }
  let out = "";
  let at = 0;
  for (const [from, to] of ranges) {
    out += `${escapeHtml(text.slice(at, from))}<mark>${escapeHtml(text.slice(from, to))}</mark>`;
    at = to;
  }
  return out + escapeHtml(text.slice(at));
}
