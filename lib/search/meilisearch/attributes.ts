import { locales, type Locale } from "@/lib/i18n/config";
import { currencyCodes, type CurrencyCode } from "@/lib/money/currencies";

/**
 * The shape stored in Meilisearch for one listing. Everything a filter, facet or sort touches is
 * a flat top-level field (Meilisearch filters nested objects only by dotted path, and flat names
 * keep the filter expressions and settings readable). Text that is written in one language ends
 * in `_<locale>` so `localizedAttributes` can address it with a `*_<locale>` pattern.
 */
export type MeiliDocument = {
  id: string;
  sku: string;
  hs_code: string;
  /** Chapter, heading, subheading…: typing "8544" finds 8544.49 even when it is not the last word. */
  hs_prefixes: string[];
  supplier_id: string;
  /** Trading name and legal name. */
  supplier_name: string[];
  supplier_city: string;
  supplier_verified: boolean;
  /** 1 for a verified supplier: a numeric ranking rule is unambiguous where a boolean sort is not. */
  verified_rank: 0 | 1;
  /** Leaf and top-level slug in one field, so a facet on it counts each listing once per slug. */
  category_slugs: string[];
  certifications: string[];
  incoterms: string[];
  currency: string;
  price_from_minor: number;
  moq: number;
  lead_time_days: number;
  published_at: number;
  unit: string;
  /** Latin spellings of Cyrillic text, Uzbek in both scripts, Kazakh folded to a Russian keyboard. */
  translit: string[];
  /** Toneless pinyin of the Chinese title and category names. */
  pinyin: string[];
} & Partial<Record<TitleField | DescriptionField, string>> &
  Record<CategoryField | TopCategoryField, string> &
  Record<HasTitleField, 0 | 1> &
  Partial<Record<PriceField, number>>;

export type TitleField = `title_${Locale}`;
export type DescriptionField = `description_${Locale}`;
export type CategoryField = `category_${Locale}`;
export type TopCategoryField = `category_top_${Locale}`;
/** 1 when the listing has a title in that locale: the relevance sort puts the reader's language first. */
export type HasTitleField = `has_title_${Locale}`;
/** priceFromMinor again under a per-currency name, so facet stats give one range per currency. */
export type PriceField = `price_${CurrencyCode}`;

export const titleField = (locale: Locale): TitleField => `title_${locale}`;
export const descriptionField = (locale: Locale): DescriptionField => `description_${locale}`;
export const categoryField = (locale: Locale): CategoryField => `category_${locale}`;
export const topCategoryField = (locale: Locale): TopCategoryField => `category_top_${locale}`;
export const hasTitleField = (locale: Locale): HasTitleField => `has_title_${locale}`;
export const priceField = (currency: CurrencyCode): PriceField => `price_${currency}`;

export const titleFields: TitleField[] = locales.map(titleField);

/**
 * Currencies with their own price field. The list is fixed by settings (filterable attributes
 * cannot be added per document), so a currency outside lib/money gets no per-currency range.
 */
export const priceCurrencies: readonly CurrencyCode[] = currencyCodes;

/** The SearchFilters / SearchFacets names mapped to the document fields that carry them. */
export const facetFields = {
  category: "category_slugs",
  city: "supplier_city",
  certification: "certifications",
  verified: "supplier_verified",
  incoterm: "incoterms",
} as const;

export type FacetName = keyof typeof facetFields;
