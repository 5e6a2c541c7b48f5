import type { ListingCard } from "@/lib/catalog/get-listing-cards";
import type { Locale } from "@/lib/i18n/config";
import { isCurrencyCode } from "@/lib/money/currencies";
import { minorToDecimal } from "@/lib/money/decimal";
import type { SearchResult } from "@/lib/search/types";

/** Money in JSON: a decimal string in major units with its currency — lossless both ways. */
export function moneyJson(minor: bigint, currency: string) {
  return { amount: isCurrencyCode(currency) ? minorToDecimal(minor, currency) : minor.toString(), currency };
}

/** The documented shape of GET /api/v1/search. */
export function toSearchResponse(result: SearchResult, cards: ListingCard[], locale: Locale) {
  const highlight = new Map(result.hits.map((hit) => [hit.id, hit.highlightedTitle]));
  return {
    locale,
    hits: cards.map((card) => ({
      id: card.id,
      sku: card.sku,
      title: card.title,
      titleLocale: card.titleLocale,
      category: card.category,
      supplier: card.supplier,
      moq: card.moq,
      unit: card.unit,
      leadTimeDays: card.leadTimeDays,
      certifications: card.certifications,
      price: moneyJson(card.priceFromMinor, card.currency),
      image: card.image ? { url: card.image.url, width: card.image.width, height: card.image.height, alt: card.image.alt } : null,
      highlight: highlight.get(card.id) ?? null,
    })),
    total: result.total,
    facets: result.facets,
    suggestion: result.suggestion,
    tookMs: result.tookMs,
  };
}
