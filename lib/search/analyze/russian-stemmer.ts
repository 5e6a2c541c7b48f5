/**
 * The Snowball Russian stemmer (snowballstem.org/algorithms/russian), compact. It works on text
 * already passed through `normalizeForSearch`, which turns ё into е and й into и (the breve is a
 * diacritic), so the endings below are spelt that way: «холодильный» arrives as «холодильныи».
 */
const vowels = new Set("аеиоуыэюя");

type Group = { suffixes: string[]; afterAYa: boolean };

const perfectiveGerund: Group[] = [
  { suffixes: ["в", "вши", "вшись"], afterAYa: true },
  { suffixes: ["ив", "ивши", "ившись", "ыв", "ывши", "ывшись"], afterAYa: false },
];
const adjective: Group[] = [
  {
    suffixes: ["ее", "ие", "ые", "ое", "ими", "ыми", "еи", "ии", "ыи", "ои", "ем", "им", "ым", "ом", "его", "ого", "ему", "ому", "их", "ых", "ую", "юю", "ая", "яя", "ою", "ею"],
    afterAYa: false,
  },
];
const participle: Group[] = [
  { suffixes: ["ем", "нн", "вш", "ющ", "щ"], afterAYa: true },
  { suffixes: ["ивш", "ывш", "ующ"], afterAYa: false },
];
const reflexive: Group[] = [{ suffixes: ["ся", "сь"], afterAYa: false }];
const verb: Group[] = [
  { suffixes: ["ла", "на", "ете", "ите", "ли", "и", "л", "ем", "н", "ло", "но", "ет", "ют", "ны", "ть", "ешь", "нно"], afterAYa: true },
  {
    suffixes: ["ила", "ыла", "ена", "еите", "уите", "ите", "или", "ыли", "еи", "уи", "ил", "ыл", "им", "ым", "ен", "ило", "ыло", "ено", "ят", "ует", "уют", "ит", "ыт", "ены", "ить", "ыть", "ишь", "ую", "ю"],
    afterAYa: false,
  },
];
const noun: Group[] = [
  {
    suffixes: ["а", "ев", "ов", "ие", "ье", "е", "иями", "ями", "ами", "еи", "ии", "и", "иеи", "ои", "иям", "ям", "ием", "ем", "ам", "ом", "о", "у", "ах", "иях", "ях", "ы", "ь", "ию", "ью", "ю", "ия", "ья", "я"],
    afterAYa: false,
  },
];

/** Start of RV (after the first vowel) and R2, as indexes into the word. */
function regions(word: string): { rv: number; r2: number } {
  let rv = word.length;
  for (let i = 0; i < word.length; i++) {
    if (vowels.has(word[i]!)) {
      rv = i + 1;
      break;
    }
  }
  const afterVowelConsonant = (from: number) => {
    for (let i = from + 1; i < word.length; i++) if (!vowels.has(word[i]!) && vowels.has(word[i - 1]!)) return i + 1;
    return word.length;
  };
  const r1 = afterVowelConsonant(0);
  return { rv, r2: afterVowelConsonant(r1) };
}

/**
 * Snowball's `among`: the longest ending found inside the region wins; when its condition fails
 * (a/я before group-1 endings) nothing is removed — shorter endings are not tried.
 */
function removeEnding(word: string, start: number, groups: Group[]): string | null {
  let best: { length: number; afterAYa: boolean } | null = null;
  for (const group of groups) {
    for (const suffix of group.suffixes) {
      if (suffix.length > word.length - start || !word.endsWith(suffix)) continue;
      if (!best || suffix.length > best.length || (suffix.length === best.length && !group.afterAYa)) best = { length: suffix.length, afterAYa: group.afterAYa };
    }
  }
  if (!best) return null;
  const cut = word.length - best.length;
  if (best.afterAYa) {
    const before = word[cut - 1];
    if (cut - 1 < start || (before !== "а" && before !== "я")) return null;
  }
  return word.slice(0, cut);
}

function step1(word: string, rv: number): string {
  const gerund = removeEnding(word, rv, perfectiveGerund);
  if (gerund !== null) return gerund;
  const base = removeEnding(word, rv, reflexive) ?? word;
  const adj = removeEnding(base, rv, adjective);
  if (adj !== null) return removeEnding(adj, rv, participle) ?? adj;
  return removeEnding(base, rv, verb) ?? removeEnding(base, rv, noun) ?? base;
}

export function stemRussian(word: string): string {
  if (word.length < 3 || !/^[а-яе]+$/.test(word)) return word;
  const { rv, r2 } = regions(word);
  let stem = step1(word, rv);
  if (stem.endsWith("и") && stem.length - 1 >= rv) stem = stem.slice(0, -1);
  for (const derivational of ["ость", "ост"]) {
    if (stem.endsWith(derivational) && stem.length - derivational.length >= r2) {
      stem = stem.slice(0, -derivational.length);
      break;
    }
  }
  if (stem.endsWith("нн") && stem.length - 2 >= rv) return stem.slice(0, -1);
  for (const superlative of ["еише", "еиш"]) {
    if (stem.endsWith(superlative) && stem.length - superlative.length >= rv) {
      stem = stem.slice(0, -superlative.length);
      return stem.endsWith("нн") ? stem.slice(0, -1) : stem;
    }
  }
  if (stem.endsWith("ь") && stem.length - 1 >= rv) stem = stem.slice(0, -1);
  return stem;
}
