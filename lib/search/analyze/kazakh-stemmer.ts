/**
 * A light Kazakh suffix stripper for text passed through `normalizeForSearch`, so the suffixes
 * are written with Russian-keyboard letters (-ның → -нын, -ге → -ге, -қа → -ка, -і → -и). Kazakh
 * stacks suffixes as stem + plural + possessive + case: they are removed in the opposite order,
 * at most one of each, keeping at least three letters of stem. Vowel harmony is not checked —
 * both spellings of every suffix are listed, which is enough for matching.
 */
const minStem = 3;

const caseEndings = [
  "ндагы", "ндеги", "дагы", "деги", "тагы", "теги",
  "ндан", "нден", "нан", "нен", "дан", "ден", "тан", "тен",
  "нын", "нин", "дын", "дин", "тын", "тин",
  "мен", "бен", "пен",
  "нда", "нде", "да", "де", "та", "те",
  "га", "ге", "ка", "ке", "на", "не",
  "ны", "ни", "ды", "ди", "ты", "ти",
];
// Second-person informal -ың/-ің is left out: it collides with too many loanword endings (-ин).
const possessiveEndings = ["ымыз", "имиз", "ыныз", "иниз", "мыз", "миз", "ныз", "низ", "сы", "си", "ым", "им", "ы", "и"];
const pluralEndings = ["лар", "лер", "дар", "дер", "тар", "тер"];

function strip(word: string, endings: string[]): string {
  for (const ending of endings) {
    if (word.length - ending.length >= minStem && word.endsWith(ending)) return word.slice(0, -ending.length);
  }
  return word;
}

const byLength = (endings: string[]) => [...endings].sort((a, b) => b.length - a.length);
const orderedCase = byLength(caseEndings);
const orderedPossessive = byLength(possessiveEndings);

export function stemKazakh(word: string): string {
  if (word.length < minStem + 1 || !/^[а-яе]+$/.test(word)) return word;
  return strip(strip(strip(word, orderedCase), orderedPossessive), pluralEndings);
}
