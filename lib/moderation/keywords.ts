import type { Locale } from "@/lib/i18n/config";

export type KeywordTopic = "weapons" | "drugs" | "counterfeit";

type KeywordList = Record<KeywordTopic, readonly string[]>;

/*
 * Words in a title or description that make a moderator look twice, per language the text is
 * written in. Alphabetic words match at the start of a word, so stems catch inflections
 * ("пистолет" → "пистолеты", "наркоти" → "наркотические"); Chinese matches anywhere. Short
 * on purpose: no bare "gun" (spray gun, glue gun), "патрон" (lamp holder, drill chuck),
 * "карабин" (snap hook), "граната" (pomegranate) or "枪" (焊枪 welding torch) — they fire on
 * ordinary hardware. English words are searched in every language: "replica" and brand
 * words turn up in Chinese and Russian texts too.
 */
export const keywordLists: Record<Locale, KeywordList> = {
  en: {
    weapons: ["firearm", "handgun", "pistol", "rifle", "shotgun", "ammunition", "grenade"],
    drugs: ["cocaine", "heroin", "cannabis", "marijuana", "fentanyl", "ephedrine", "methamphetamine"],
    counterfeit: ["replica", "counterfeit", "knockoff", "knock-off"],
  },
  ru: {
    weapons: ["огнестрел", "оружи", "пистолет", "револьвер", "винтовк", "боеприпас"],
    drugs: ["наркоти", "кокаин", "героин", "каннабис", "марихуан", "эфедрин", "фентанил"],
    counterfeit: ["реплик", "подделк", "контрафакт"],
  },
  kk: {
    weapons: ["атыс қаруы", "қару-жарақ", "тапанша", "мылтық", "оқ-дәрі"],
    drugs: ["есірткі", "кокаин", "героин", "марихуана", "каннабис"],
    counterfeit: ["контрафакт", "реплика", "жалған бренд"],
  },
  uz: {
    weapons: ["qurol", "toʻpponcha", "miltiq", "oʻq-dori"],
    drugs: ["giyohvand", "kokain", "geroin", "marixuana", "kannabis"],
    counterfeit: ["qalbaki", "soxta", "replika"],
  },
  zh: {
    weapons: ["手枪", "步枪", "枪支", "弹药", "军火"],
    drugs: ["毒品", "可卡因", "海洛因", "大麻", "麻黄碱", "芬太尼", "冰毒"],
    counterfeit: ["高仿", "仿牌", "复刻", "假冒"],
  },
};

/** Ordinary products whose names contain a keyword; removed from the text before matching. */
const harmlessPhrases: Partial<Record<Locale, readonly string[]>> = {
  en: ["pistol grip"],
  ru: ["пистолет для", "пистолет-распылитель", "клеевой пистолет", "монтажный пистолет", "пистолетная рукоятка"],
  zh: ["手枪钻"],
};

/** Kazakh typed without its special letters (қ → к …) must still match, as in search. */
const kazakhFold: Record<string, string> = { қ: "к", ң: "н", ө: "о", ұ: "у", ү: "у", ғ: "г", ә: "а", і: "и", һ: "х" };

function fold(text: string, locale: Locale): string {
  // Uzbek oʻ/gʻ arrive with any apostrophe-like character.
  const out = text.normalize("NFKC").toLowerCase().replace(/['‘’ʼ`´]/g, "ʻ");
  return locale === "kk" ? out.replace(/[қңөұүғәіһ]/g, (letter) => kazakhFold[letter] ?? letter) : out;
}

function normalize(text: string, locale: Locale): string {
  let out = fold(text, locale);
  for (const phrase of harmlessPhrases[locale] ?? []) out = out.split(fold(phrase, locale)).join(" ");
  return out;
}

const wordCharacter = /[\p{L}\p{N}]/u;
const isHan = /\p{Script=Han}/u;

function matches(text: string, keyword: string): boolean {
  if (isHan.test(keyword)) return text.includes(keyword);
  let from = text.indexOf(keyword);
  while (from !== -1) {
    const before = from === 0 ? "" : text[from - 1]!;
    // ʻ is a letter to Unicode but here it may be a quotation mark folded above.
    if (before === "ʻ" || !wordCharacter.test(before)) return true;
    from = text.indexOf(keyword, from + 1);
  }
  return false;
}

export type KeywordHit = { topic: KeywordTopic; keyword: string; listLocale: Locale };

/**
 * Keywords found in one text written in `locale`: its own language's list and the English
 * one, at most one hit per topic (the evidence a moderator needs, not a concordance).
 */
export function findKeywords(text: string, locale: Locale): KeywordHit[] {
  if (!text) return [];
  const lists: Locale[] = locale === "en" ? ["en"] : [locale, "en"];
  const normalized = normalize(text, locale);
  const hits: KeywordHit[] = [];
  for (const topic of ["weapons", "drugs", "counterfeit"] as const) {
    const hit = lists.flatMap((listLocale) => keywordLists[listLocale][topic].map((keyword) => ({ topic, keyword, listLocale }))).find((entry) => matches(normalized, fold(entry.keyword, locale)));
    if (hit) hits.push(hit);
  }
  return hits;
}
