import { synonymGroups } from "@/lib/search/analyze/synonyms";

/**
 * Product words across the corridor's languages, on top of the project's curated synonyms.
 * The embedded engine bridges languages while analysing the query (stems, transliteration);
 * Meilisearch matches the query's words as typed, so beyond the taxonomy names on every
 * document, translations of the commonest title words have to be synonyms here ("кабель"
 * should find 铜芯电缆). Uzbek words with oʻ/gʻ are left out: how Meilisearch tokenizes the sign
 * depends on the character used, and the `translit` field already covers those spellings.
 */
export const translationGroups: readonly (readonly string[])[] = [
  ["cable", "кабель", "kabel", "电缆"],
  ["wire", "провод", "сым", "sim", "电线"],
  ["steel", "сталь", "болат", "钢"],
  ["pipe", "труба", "құбыр", "quvur", "管"],
  ["pump", "насос", "nasos", "泵"],
  ["valve", "клапан", "klapan", "阀门"],
  ["excavator", "экскаватор", "ekskavator", "挖掘机"],
  ["tile", "плитка", "plitka", "瓷砖"],
  ["solar panel", "солнечная панель", "quyosh paneli", "太阳能板"],
  ["lamp", "лампа", "шам", "lampa", "灯"],
  ["fabric", "ткань", "мата", "mato", "面料"],
  ["fertilizer", "удобрение", "тыңайтқыш", "化肥"],
  ["tyre", "tire", "шина", "shina", "轮胎"],
  ["bearing", "подшипник", "podshipnik", "轴承"],
  ["generator", "генератор", "generator", "发电机"],
  ["cement", "цемент", "sement", "水泥"],
];

export function meiliSynonyms(): Record<string, string[]> {
  return toMeiliSynonyms([...synonymGroups, ...translationGroups]);
}

/** Meilisearch's shape: each word to all the others of its groups (a word may sit in several). */
export function toMeiliSynonyms(groups: readonly (readonly string[])[]): Record<string, string[]> {
  const map = new Map<string, Set<string>>();
  for (const group of groups) {
    const words = [...new Set(group.map((w) => w.trim().toLowerCase()).filter(Boolean))];
    for (const word of words) {
      const others = map.get(word) ?? new Set<string>();
      for (const other of words) if (other !== word) others.add(other);
      map.set(word, others);
    }
  }
  return Object.fromEntries([...map].filter(([, others]) => others.size > 0).map(([word, others]) => [word, [...others].sort()]));
}
