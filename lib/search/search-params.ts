import { z } from "zod";
import { currencyCodes, type CurrencyCode } from "@/lib/money/currencies";
import { decimalToMinor } from "@/lib/money/decimal";
import type { Locale } from "@/lib/i18n/config";
import { sortOptions, type SearchQuery } from "./types";

type RawParams = Record<string, string | string[] | undefined>;

const list = (value: string | string[] | undefined) => (Array.isArray(value) ? value : value ? [value] : []).map((v) => v.trim()).filter(Boolean).slice(0, 20);
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.trim() || undefined;
const positiveInt = (value: string | undefined, max: number) => {
  if (!value || !/^\d{1,9}$/.test(value)) return undefined;
  const n = Number(value);
  return n > 0 && n <= max ? n : undefined;
};

const sortSchema = z.enum(sortOptions).catch("relevance");

/**
 * Reads a search from URL parameters — the page's query string and the REST API's alike:
 * `q, category, city*, cert*, verified=1, incoterm*, priceMin, priceMax, currency, moqMax, leadMax,
 * sort, page, limit` (* may repeat). Anything malformed is dropped rather than failing the page:
 * a shared link with one bad parameter still shows results.
 */
export function parseSearchParams(params: RawParams, locale: Locale, defaults: { limit?: number } = {}): SearchQuery {
  const currencyParam = first(params.currency)?.toUpperCase();
  const currency: CurrencyCode = currencyCodes.includes(currencyParam as CurrencyCode) ? (currencyParam as CurrencyCode) : "CNY";
  const price = (value: string | undefined) => {
    if (!value) return undefined;
    const minor = decimalToMinor(value.replace(",", "."), currency);
    return minor !== null && minor >= 0n ? Number(minor) : undefined;
  };
  const priceMinMinor = price(first(params.priceMin));
  const priceMaxMinor = price(first(params.priceMax));
  return {
    q: (first(params.q) ?? "").slice(0, 200),
    locale,
    filters: {
      category: first(params.category)?.slice(0, 80),
      cities: list(params.city),
      certifications: list(params.cert),
      verifiedOnly: first(params.verified) === "1" || first(params.verified) === "true" || undefined,
      incoterms: list(params.incoterm).map((t) => t.toUpperCase()),
      priceMinMinor,
      priceMaxMinor,
      currency: priceMinMinor !== undefined || priceMaxMinor !== undefined ? currency : undefined,
      moqMax: positiveInt(first(params.moqMax), 100_000_000),
      leadTimeMaxDays: positiveInt(first(params.leadMax), 365),
    },
    sort: sortSchema.parse(first(params.sort)),
    page: positiveInt(first(params.page), 1000) ?? 1,
    limit: positiveInt(first(params.limit), 100) ?? defaults.limit ?? 20,
  };
}

/** The query string for a search (page links, facet toggles); the inverse of parseSearchParams. */
export function searchParamsFor(query: { q?: string; params: RawParams }, changes: RawParams): string {
  const merged: RawParams = { ...query.params, ...changes };
  const out = new URLSearchParams();
  for (const [key, value] of Object.entries(merged)) {
    for (const item of list(value)) out.append(key, item);
  }
  return out.toString();
}
