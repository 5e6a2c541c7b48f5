/**
 * Light stemmers for Latin-script words: English plurals, and Uzbek plural, possessive and case
 * suffixes. Input is `normalizeForSearch` output (Uzbek oʻ/gʻ already without apostrophes).
 */
const vowels = /[aeiou]/;

export function stemEnglish(word: string): string {
  if (word.length < 4 || !/^[a-z]+$/.test(word)) return word;
  if (word.endsWith("ies") && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(?:ss|x|z|ch|sh)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith("s") && !/(?:ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

const minStem = 3;
const uzbekCase = ["gacha", "ning", "dagi", "dan", "ni", "ga", "ka", "qa", "da"];

/** -lari (plural + possessive), -si after a vowel, -i/-im/-ing/-imiz/-ingiz after a consonant. */
function stripPossessive(word: string): string {
  if (word.endsWith("lari") && word.length - 4 >= minStem) return word.slice(0, -4);
  if (word.endsWith("si") && word.length - 2 >= minStem && vowels.test(word.at(-3)!)) return word.slice(0, -2);
  for (const ending of ["ingiz", "imiz", "ing", "im", "i"]) {
    const stem = word.slice(0, -ending.length);
    if (word.endsWith(ending) && stem.length >= minStem && !vowels.test(stem.at(-1)!)) return stem;
  }
  return word;
}

export function stemUzbek(word: string): string {
  if (word.length < minStem + 2 || !/^[a-z]+$/.test(word)) return word;
  let stem = word;
  for (const ending of uzbekCase) {
    if (stem.endsWith(ending) && stem.length - ending.length >= minStem) {
      stem = stem.slice(0, -ending.length);
      break;
    }
  }
  stem = stripPossessive(stem);
  if (stem.endsWith("lar") && stem.length - 3 >= minStem) stem = stem.slice(0, -3);
  return stem;
}
