/**
 * Spellings a buyer may type for text written in another script. Meilisearch matches tokens as
 * written, so these go into the `translit` field beside the original: a Russian speaker on a
 * Latin keyboard types "kabel" for «кабель», an Uzbek reader types Latin for Cyrillic text and
 * the other way round. Output is lowercase and apostrophe-free, like `normalizeForSearch`.
 */

const russianToLatin: Record<string, string> = {
  а: "a", б: "b", в: "v", г: "g", д: "d", е: "e", ё: "e", ж: "zh", з: "z", и: "i", й: "y",
  к: "k", л: "l", м: "m", н: "n", о: "o", п: "p", р: "r", с: "s", т: "t", у: "u", ф: "f",
  х: "kh", ц: "ts", ч: "ch", ш: "sh", щ: "shch", ъ: "", ы: "y", ь: "", э: "e", ю: "yu", я: "ya",
};

/** Kazakh's own letters in the 2021 Latin alphabet, diacritics dropped as people type them. */
const kazakhToLatin: Record<string, string> = {
  ...russianToLatin,
  ә: "a", ғ: "g", қ: "q", ң: "n", ө: "o", ұ: "u", ү: "u", һ: "h", і: "i",
};

/** The official Uzbek Cyrillic → Latin table (1995), with oʻ and gʻ written without the sign. */
const uzbekToLatin: Record<string, string> = {
  а: "a", б: "b", в: "v", г: "g", д: "d", е: "e", ё: "yo", ж: "j", з: "z", и: "i", й: "y",
  к: "k", л: "l", м: "m", н: "n", о: "o", п: "p", р: "r", с: "s", т: "t", у: "u", ф: "f",
  х: "x", ц: "ts", ч: "ch", ш: "sh", ъ: "", ь: "", э: "e", ю: "yu", я: "ya",
  ў: "o", қ: "q", ғ: "g", ҳ: "h",
};

/** Longest spellings first so "sh" wins over "s" + "h". */
const uzbekLatinDigraphs: [RegExp, string][] = [
  [/o[ʻʼ'‘’`]/g, "ў"], [/g[ʻʼ'‘’`]/g, "ғ"],
  [/sh/g, "ш"], [/ch/g, "ч"], [/yo/g, "ё"], [/yu/g, "ю"], [/ya/g, "я"], [/ye/g, "е"], [/ts/g, "ц"],
  [/(^|[^\p{L}])e/gu, "$1э"],
  [/[ʻʼ'‘’`]/g, "ъ"],
];
const uzbekLatinLetter: Record<string, string> = {
  a: "а", b: "б", d: "д", e: "е", f: "ф", g: "г", h: "ҳ", i: "и", j: "ж", k: "к", l: "л", m: "м",
  n: "н", o: "о", p: "п", q: "қ", r: "р", s: "с", t: "т", u: "у", v: "в", x: "х", y: "й", z: "з",
};

const cyrillic = /\p{Script=Cyrillic}/u;
const apostrophes = /[ʻʼ'‘’`]/g;

function mapLetters(text: string, table: Record<string, string>): string {
  return Array.from(text.toLowerCase(), (ch) => table[ch] ?? ch).join("");
}

export function hasCyrillic(text: string): boolean {
  return cyrillic.test(text);
}

/** Х is written "kh" by the standard and "h" by many (holodilnik): both are offered. */
export type KhSpelling = "kh" | "h";

export function russianCyrillicToLatin(text: string, kh: KhSpelling = "kh"): string {
  return mapLetters(text, kh === "kh" ? russianToLatin : { ...russianToLatin, х: "h" });
}

export function kazakhCyrillicToLatin(text: string, kh: KhSpelling = "kh"): string {
  return mapLetters(text, kh === "kh" ? kazakhToLatin : { ...kazakhToLatin, х: "h" });
}

/** Е is "ye" at the start of a word and after a vowel (ер → yer, объект → obyekt), else "e". */
export function uzbekCyrillicToLatin(text: string): string {
  const lower = text.toLowerCase().replace(/(^|[^\p{L}]|[аеёиоуэюяўъь])е/gu, "$1йе");
  return mapLetters(lower, uzbekToLatin);
}

export function uzbekLatinToCyrillic(text: string): string {
  let out = text.toLowerCase();
  for (const [pattern, replacement] of uzbekLatinDigraphs) out = out.replace(pattern, replacement);
  return Array.from(out, (ch) => uzbekLatinLetter[ch] ?? ch).join("");
}

export function withoutApostrophes(text: string): string {
  return text.toLowerCase().replace(apostrophes, "");
}
