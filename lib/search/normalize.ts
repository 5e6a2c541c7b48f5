/**
 * Folds text for matching across the corridor's spellings: case, diacritics, Kazakh-specific
 * Cyrillic letters (қ ң ө ұ ү ғ ә і һ → к н о у у г а и х, as people type them on a Russian
 * keyboard), ё → е, and the Uzbek Latin apostrophes (oʻ, g‘, o') to a plain letter.
 */
const kazakhFold: Record<string, string> = { қ: "к", ң: "н", ө: "о", ұ: "у", ү: "у", ғ: "г", ә: "а", і: "и", һ: "х", ё: "е" };

export function normalizeForSearch(text: string): string {
  return text
    .toLowerCase()
    .replace(/[қңөұүғәіһё]/g, (ch) => kazakhFold[ch] ?? ch)
    .replace(/[ʻʼ'‘’`]/g, "")
    .normalize("NFKD")
    .replace(/\p{Mn}/gu, "")
    .replace(/\s+/g, " ")
    .trim();
}
