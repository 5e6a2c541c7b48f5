/**
 * Company names as people write them on bank statements and in lists: in Latin or Cyrillic,
 * with or without quotes, with the legal form in front, behind or spelled out. Two spellings
 * of one company reduce to the same tokens here; nothing else is guessed.
 */

const cyrillicToLatin: Record<string, string> = {
  а: "a", б: "b", в: "v", г: "g", д: "d", е: "e", ё: "e", ж: "zh", з: "z", и: "i", й: "y", к: "k", л: "l", м: "m", н: "n", о: "o", п: "p", р: "r",
  с: "s", т: "t", у: "u", ф: "f", х: "h", ц: "ts", ч: "ch", ш: "sh", щ: "sh", ъ: "", ы: "y", ь: "", э: "e", ю: "yu", я: "ya",
  // Kazakh and Uzbek letters.
  ә: "a", ғ: "g", қ: "k", ң: "n", ө: "o", ұ: "u", ү: "u", һ: "h", і: "i", ў: "o", ҳ: "h",
};

/** Legal forms as they read after transliteration and folding: ТОО → too, ЖШС → zhshs, ООО → ooo, MChJ, XK → hk, QK → kk. */
const legalFormWords = new Set([
  "llp", "llc", "ltd", "limited", "inc", "incorporated", "co", "corp", "corporation", "company", "plc", "gmbh",
  "jsc", "ojsc", "pjsc", "cjsc", "ao", "oao", "zao", "pao", "too", "ooo", "tov", "ip", "chp", "zhshs", "zhk", "mchj", "hk", "aj", "kk",
]);

const legalFormPhrases = [
  "tovarishestvo s ogranichennoy otvetstvennostyu",
  "obshestvo s ogranichennoy otvetstvennostyu",
  "zhauapkershiligi shekteuli seriktestik",
  "masuliyati cheklangan jamiyat",
  "limited liability partnership",
  "limited liability company",
];

const chineseLegalForms = ["股份有限公司", "有限责任公司", "有限公司", "集团"];

/**
 * Lower-cased, transliterated, folded words of a name without punctuation and legal forms.
 * Uzbek Latin x/q and Russian-style kh are folded to h/k so "Xorazm" and "Хоразм" agree.
 */
export function partyNameTokens(name: string): string[] {
  let text = name.normalize("NFKC").toLowerCase();
  for (const form of chineseLegalForms) text = text.split(form).join(" ");
  text = [...text].map((char) => cyrillicToLatin[char] ?? char).join("");
  text = text.normalize("NFKD").replace(/\p{M}/gu, "");
  // Apostrophes sit inside Uzbek words (oʻ, gʻ, mas'uliyati): drop them; other punctuation splits words.
  text = text.replace(/['’‘ʻʼ`]/g, "").replace(/[^\p{L}\p{N}]+/gu, " ");
  text = text.replace(/kh/g, "h").replace(/x/g, "h").replace(/q/g, "k");
  text = ` ${text.trim().replace(/\s+/g, " ")} `;
  for (const phrase of legalFormPhrases) text = text.split(` ${foldPhrase(phrase)} `).join(" ");
  return text.split(" ").filter((word) => word && !legalFormWords.has(word));
}

function foldPhrase(phrase: string): string {
  return phrase.replace(/kh/g, "h").replace(/x/g, "h").replace(/q/g, "k");
}

/** The comparable form of a name: its tokens in alphabetical order ("TOO Almaty Solar" = "Almaty Solar LLP"). */
export function normalisePartyName(name: string): string {
  return partyNameTokens(name).sort().join(" ");
}

/** Same company name, spelled either way; an empty normalised name matches nothing. */
export function sameParty(a: string, b: string): boolean {
  const left = normalisePartyName(a);
  return left !== "" && left === normalisePartyName(b);
}

/** Whether `needle`'s words appear together, in order, inside `haystack` ("Acme Trading" in "Acme Trading Almaty LLP"). */
export function nameContains(haystack: string, needle: string): boolean {
  const words = partyNameTokens(haystack);
  const wanted = partyNameTokens(needle);
  if (!wanted.length) return false;
  for (let start = 0; start + wanted.length <= words.length; start += 1) {
    if (wanted.every((word, index) => words[start + index] === word)) return true;
  }
  return false;
}
