import type { Db } from "@/lib/db/create-client";
import type { Locale } from "@/lib/i18n/config";
import { getListingCards, type ListingCard } from "./get-listing-cards";

/**
 * Result cards of recently shown listings, per process, for the search page and API. Reading
 * 20 cards from the database was most of a search request's time (ADR 0006 addendum); popular
 * listings are shown again and again. Entries live `ttlMs` at most and are dropped as soon as
 * this process syncs a change of the listing to the search engine, so a card is never staler
 * than the index that selected it — and, on other instances, than `ttlMs`.
 */
const ttlMs = 10_000;
const maxEntries = 20_000;
/** Listing id → locale → cached card (null: not public). Keyed by id first so a change drops every locale at once. */
const entries = new Map<string, Map<Locale, { card: ListingCard | null; expires: number }>>();

export async function getListingCardsCached(client: Db, ids: string[], locale: Locale, now = Date.now()): Promise<ListingCard[]> {
  const found = new Map<string, ListingCard | null>();
  const missing: string[] = [];
  for (const id of ids) {
    const entry = entries.get(id)?.get(locale);
    if (entry && entry.expires > now) found.set(id, entry.card);
    else missing.push(id);
  }
  if (missing.length) {
    const fresh = new Map((await getListingCards(client, missing, locale)).map((card) => [card.id, card]));
    if (entries.size + missing.length > maxEntries) entries.clear();
    for (const id of missing) {
      const card = fresh.get(id) ?? null;
      found.set(id, card);
      const perLocale = entries.get(id) ?? new Map();
      perLocale.set(locale, { card, expires: now + ttlMs });
      entries.set(id, perLocale);
    }
  }
  return ids.flatMap((id) => {
    const card = found.get(id);
    return card ? [card] : [];
  });
}

/** Called when listings changed (search sync): their cards are read afresh next time. */
export function forgetListingCards(ids: string[]): void {
  for (const id of ids) entries.delete(id);
}

export function forgetAllListingCards(): void {
  entries.clear();
}
