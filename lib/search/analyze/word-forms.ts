import type { Locale } from "@/lib/i18n/config";
import { stemKazakh } from "./kazakh-stemmer";
import { stemEnglish, stemUzbek } from "./latin-stemmers";
import { stemRussian } from "./russian-stemmer";
import { normalizeToken } from "./tokenize";
import { hasCyrillic, latinKey, latinKeyOf, transliterateCyrillic } from "./transliterate";

/** Which language a word is read as: the field's locale, or "query" when it is unknown. */
export type Reading = Locale | "query";

export type FormKind = "surface" | "stem" | "key";
export type Form = { term: string; kind: FormKind };

/**
 * A listing field's language is known, so one stemmer applies; a query's is not, so a Cyrillic
 * query word is stemmed as Russian and as Kazakh, a Latin one as English and as Uzbek.
 */
function stemmersFor(cyrillic: boolean, reading: Reading): ((word: string) => string)[] {
  if (cyrillic) {
    if (reading === "query") return [stemRussian, stemKazakh];
    return reading === "kk" || reading === "uz" ? [stemKazakh] : [stemRussian];
  }
  if (reading === "query") return [stemEnglish, stemUzbek];
  return reading === "uz" ? [stemUzbek] : [stemEnglish];
}

const cache = new Map<string, Form[]>();
const cacheLimit = 50_000;

export function clearWordFormCache(): void {
  cache.clear();
}

/**
 * The terms one word is indexed or searched under: its normalized spelling, its stem(s), and the
 * Latin keys of both (see transliterate.ts). Duplicates are dropped, the first kind wins.
 */
export function wordForms(raw: string, reading: Reading): Form[] {
  const cacheKey = `${reading}\u0000${raw}`;
  const cached = cache.get(cacheKey);
  if (cached) return cached;
  const surface = normalizeToken(raw);
  const forms: Form[] = [];
  const seen = new Set<string>();
  const add = (term: string, kind: FormKind) => {
    if (term && !seen.has(term)) {
      seen.add(term);
      forms.push({ term, kind });
    }
  };
  add(surface, "surface");
  const cyrillic = hasCyrillic(surface);
  const stems = stemmersFor(cyrillic, reading).map((stem) => stem(surface));
  for (const stem of stems) add(stem, "stem");
  add(latinKeyOf(raw), "key");
  for (const stem of stems) add(latinKey(cyrillic ? transliterateCyrillic(stem) : stem), "key");
  if (cache.size >= cacheLimit) cache.clear();
  cache.set(cacheKey, forms);
  return forms;
}
