import { pinyin } from "pinyin-pro";

const han = /\p{Script=Han}/u;
const hanRun = /\p{Script=Han}+/gu;

export function hasHan(text: string): boolean {
  return han.test(text);
}

/**
 * Toneless pinyin for Chinese text, as buyers without a Chinese keyboard type it: the syllables
 * ("dian lan") and each pair of neighbouring syllables joined ("dianlan"), because most Chinese
 * words are two characters and people write a word's pinyin as one token. Meilisearch splits a
 * query word in two at most, so longer joins would not be reached through the syllables alone.
 */
export function pinyinTokens(text: string): string[] {
  const out: string[] = [];
  for (const run of text.match(hanRun) ?? []) {
    const syllables = pinyin(run, { toneType: "none", type: "array", v: true }).filter(Boolean);
    if (!syllables.length) continue;
    out.push(syllables.join(" "));
    const pairs = syllables.slice(1).map((syllable, i) => `${syllables[i]}${syllable}`);
    if (pairs.length) out.push(pairs.join(" "));
  }
  return out;
}
