/**
 * Function words skipped when indexing and dropped from queries (unless the query is nothing
 * else), so "кабель для солнечных панелей" does not require «для» in the listing. Kazakh words
 * are in their folded spelling (және → жане, үшін → ушин).
 */
const stopwords = new Set([
  // en
  "a", "an", "and", "or", "the", "of", "for", "with", "in", "on", "to", "by", "from", "at", "is",
  // ru
  "и", "в", "во", "на", "с", "со", "для", "из", "по", "от", "к", "у", "о", "об", "а", "или", "при", "до",
  // kk
  "жане", "ушин", "мен", "бен", "пен", "немесе",
  // uz
  "va", "uchun", "bilan", "yoki", "ham",
  // zh
  "的", "和", "与", "及", "或",
]);

export function isStopword(normalized: string): boolean {
  return stopwords.has(normalized);
}
