import { locales, type Locale } from "@/lib/i18n/config";
import type { SearchSort } from "@/lib/search/types";
import { hasTitleField, type HasTitleField } from "./attributes";

type SortField = "price_from_minor" | "moq" | "lead_time_days" | "published_at";

const primarySort: Record<SearchSort, { field: SortField; direction: "asc" | "desc" } | null> = {
  relevance: null,
  price_asc: { field: "price_from_minor", direction: "asc" },
  price_desc: { field: "price_from_minor", direction: "desc" },
  moq: { field: "moq", direction: "asc" },
  lead_time: { field: "lead_time_days", direction: "asc" },
  newest: { field: "published_at", direction: "desc" },
};

/**
 * The order both engines give hits (lib/search/embedded/rank.ts): the chosen sort, then
 * relevance, then a verified supplier, a title in the reader's language, newer, and the id.
 *
 * Meilisearch has one `sort` slot among its ranking rules, placed right after `words` so an
 * explicit sort is strict; the static rules after relevance give verified, newer, id. That
 * leaves the reader's language, which depends on the query: without a text query relevance is
 * a tie everywhere, so it goes into `sort` at its place; with one, `preferReaderLanguage`
 * applies it to the returned page.
 */
export function sortFor(sort: SearchSort, locale: Locale, browsing: boolean): string[] | undefined {
  const primary = primarySort[sort];
  const explicit = primary ? [`${primary.field}:${primary.direction}`] : [];
  if (!browsing) return explicit.length ? explicit : undefined;
  return [...explicit, "verified_rank:desc", `${hasTitleField(locale)}:desc`, "published_at:desc", "id:asc"];
}

/** What preferReaderLanguage reads from each hit (added to `attributesToRetrieve`). */
export const orderFields = ["verified_rank", "published_at", "price_from_minor", "moq", "lead_time_days", ...locales.map(hasTitleField)];

export type OrderedHit = { id: string; _rankingScore?: number; verified_rank?: number } & Partial<Record<SortField | HasTitleField, number>>;

/**
 * Within runs of hits Meilisearch ranks equal up to the reader's-language tie-break (same sort
 * value, same relevance score, same verified flag), puts titles in the reader's language first,
 * then newer, then by id. Across a page boundary a run cannot be reordered; that is the one
 * place this order and the embedded engine's can differ. `showRankingScore` must be on.
 */
export function preferReaderLanguage<T extends OrderedHit>(hits: T[], sort: SearchSort, locale: Locale): T[] {
  const field = primarySort[sort]?.field;
  const tieKey = (hit: T) => `${field ? hit[field] : ""}|${hit._rankingScore ?? ""}|${hit.verified_rank ?? ""}`;
  const readable = hasTitleField(locale);
  const out: T[] = [];
  for (let start = 0; start < hits.length; ) {
    let end = start + 1;
    while (end < hits.length && tieKey(hits[end]!) === tieKey(hits[start]!)) end++;
    const run = hits.slice(start, end);
    run.sort(
      (a, b) =>
        (b[readable] ?? 0) - (a[readable] ?? 0) ||
        (b.published_at ?? 0) - (a.published_at ?? 0) ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
    out.push(...run);
    start = end;
  }
  return out;
}
