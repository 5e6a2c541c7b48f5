import type { Locale } from "@/lib/i18n/config";

/**
 * What the search index holds for one published listing. Built from the database by
 * `lib/search/documents.ts`; both engines index exactly this shape.
 */
export type SearchDocument = {
  id: string;
  sku: string;
  /** Per-locale text as the supplier wrote it (at least en or zh). */
  title: Partial<Record<Locale, string>>;
  description: Partial<Record<Locale, string>>;
  category: {
    slug: string;
    /** The leaf category's name in all five locales — the bridge between languages. */
    names: Record<Locale, string>;
    topSlug: string;
    topNames: Record<Locale, string>;
  };
  supplier: { id: string; name: string; legalName: string; city: string; verified: boolean };
  hsCode: string;
  unit: string;
  moq: number;
  currency: string;
  /** Unit price of the first (MOQ) tier, in minor units of `currency`. */
  priceFromMinor: number;
  leadTimeDays: number;
  /** Incoterms rules offered, e.g. ["FOB", "DAP"]. */
  incoterms: string[];
  certifications: string[];
  /** Milliseconds since epoch. */
  publishedAt: number;
};

export const sortOptions = ["relevance", "price_asc", "price_desc", "moq", "lead_time", "newest"] as const;
export type SearchSort = (typeof sortOptions)[number];

export type SearchFilters = {
  /** A leaf or top-level category slug. */
  category?: string;
  /** Supplier cities (any of). */
  cities?: string[];
  /** Certifications (all of). */
  certifications?: string[];
  verifiedOnly?: boolean;
  /** Incoterms rules (any of). */
  incoterms?: string[];
  /** Bounds on priceFromMinor, in minor units of `currency`. Listings in another currency are excluded when set. */
  priceMinMinor?: number;
  priceMaxMinor?: number;
  currency?: string;
  moqMax?: number;
  leadTimeMaxDays?: number;
};

export type SearchQuery = {
  /** What the user typed; may be empty (browse). */
  q: string;
  /** The reader's locale: ranks listings with text in it higher and chooses the highlighted title. */
  locale: Locale;
  filters: SearchFilters;
  sort: SearchSort;
  /** 1-based. */
  page: number;
  /** Hits per page (1–100). */
  limit: number;
};

export type FacetCounts = Record<string, number>;

export type SearchFacets = {
  /** Counts per leaf category slug and per top category slug (both keyed by slug). */
  category: FacetCounts;
  city: FacetCounts;
  certification: FacetCounts;
  verified: FacetCounts;
  incoterm: FacetCounts;
  /** Range of priceFromMinor among matching listings, per currency. */
  price: Record<string, { min: number; max: number }>;
  moq: { min: number; max: number } | null;
  leadTime: { min: number; max: number } | null;
};

export type SearchHit = {
  id: string;
  /** The title in the reader's locale (or the fallback shown), with matches wrapped in <mark>…</mark>; all other text HTML-escaped. */
  highlightedTitle: string;
  /** The locale the title above is written in. */
  titleLocale: Locale;
};

export type SearchResult = {
  hits: SearchHit[];
  total: number;
  facets: SearchFacets;
  /** When nothing matched: a query the index would answer (did-you-mean), else null. */
  suggestion: string | null;
  tookMs: number;
};

/** One interface, two engines: the embedded default and Meilisearch. Both pass tests/search/contract. */
export interface SearchEngine {
  readonly name: "embedded" | "meilisearch";
  /** Adds or replaces documents by id. */
  upsert(documents: SearchDocument[]): Promise<void>;
  remove(ids: string[]): Promise<void>;
  /** Replaces the whole index atomically: searches keep answering from the old one until the new one is ready. */
  replaceAll(documents: SearchDocument[]): Promise<void>;
  search(query: SearchQuery): Promise<SearchResult>;
  /** Number of indexed documents. */
  count(): Promise<number>;
  health(): Promise<{ status: "ok" | "error"; detail?: string }>;
}
