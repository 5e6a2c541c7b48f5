import type { Settings } from "meilisearch";

/** Settings where order is meaning (priority, first matching rule wins); every other list is a set. */
const orderedKeys = new Set(["searchableAttributes", "rankingRules", "localizedAttributes"]);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function canonical(value: unknown, ordered: boolean): Json {
  if (Array.isArray(value)) {
    const items = value.map((item) => canonical(item, false));
    return ordered ? items : items.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  }
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, canonical(item, false)]));
  }
  return value === undefined ? null : (value as Json);
}

/** Every key of `want` is present in `have` with the same value; `have` may hold more keys. */
function contains(have: Json, want: Json): boolean {
  if (Array.isArray(want)) return Array.isArray(have) && have.length === want.length && want.every((item, i) => contains(have[i] ?? null, item));
  if (want && typeof want === "object") {
    if (!have || typeof have !== "object" || Array.isArray(have)) return false;
    return Object.entries(want).every(([key, item]) => contains(have[key] ?? null, item));
  }
  return have === want;
}

/**
 * Whether an index already has the settings we would send. Meilisearch answers GET /settings with
 * every setting filled in (defaults included) and sets in its own order, so this compares only
 * what we set, lists as sets unless their order matters. A false "differs" costs one redundant
 * settings task; a false "matches" is avoided by comparing every value we send.
 */
export function settingsMatch(want: Settings, have: Settings): boolean {
  return Object.entries(want).every(([key, value]) => {
    const ordered = orderedKeys.has(key);
    return contains(canonical(have[key as keyof Settings], ordered), canonical(value, ordered));
  });
}
