import { normalizeForSearch } from "@/lib/search/normalize";

/**
 * Latin "keys" for matching across scripts. Every word — Cyrillic or Latin, in a listing or in a
 * query — is also indexed/searched under one lossy Latin key, so «холодильник», "holodilnik",
 * "kholodilnik" and "xolodilnik" meet at "holodilnik", and Uzbek «музлатгич» meets "muzlatgich".
 *
 * Why a shared key rather than turning Latin queries into Cyrillic: Latin → Cyrillic is
 * one-to-many (e → е/э, y → й/ы, h → х/г, ts → ц/тс, ya → я/ыа) and would need every combination
 * searched, while each Cyrillic word has one key, computed once at index time.
 */
const cyrillicToLatin: Record<string, string> = {
  а: "a", б: "b", в: "v", г: "g", д: "d", е: "e", ж: "zh", з: "z", и: "i", й: "y", к: "k", л: "l", м: "m",
  н: "n", о: "o", п: "p", р: "r", с: "s", т: "t", у: "u", ф: "f", х: "kh", ц: "ts", ч: "ch", ш: "sh",
  щ: "shch", ъ: "", ы: "y", ь: "", э: "e", ю: "yu", я: "ya", ҳ: "h",
};

export function hasCyrillic(text: string): boolean {
  return /[\u0400-\u04ff]/.test(text);
}

/** Letter-for-letter Latin spelling of normalized Cyrillic (Kazakh letters already folded). */
export function transliterateCyrillic(normalized: string): string {
  let out = "";
  for (const ch of normalized) out += cyrillicToLatin[ch] ?? ch;
  return out;
}

/**
 * Folds the spellings people use for the same sound: kh/x/h (х, Uzbek x), zh/j (ж), q/k (Uzbek
 * q, Kazakh қ), w/v, y/i (й, ы, я = ya/ia), shch/sch/sh, doubled letters.
 */
export function latinKey(latin: string): string {
  return latin
    .replace(/shch|sch/g, "sh")
    .replace(/kh|x/g, "h")
    .replace(/zh/g, "j")
    .replace(/ck|q/g, "k")
    .replace(/w/g, "v")
    .replace(/^ye/, "e")
    .replace(/y/g, "i")
    .replace(/(.)\1+/g, "$1");
}

/**
 * The key of a word as written. Uzbek ў (oʻ) and ҳ are read before `normalizeForSearch`, which
 * would otherwise fold ў into у like a Kazakh ү.
 */
export function latinKeyOf(raw: string): string {
  const uzbek = raw.toLowerCase().replace(/ў/g, "o").replace(/ҳ/g, "h");
  return latinKey(transliterateCyrillic(normalizeForSearch(uzbek)));
}
