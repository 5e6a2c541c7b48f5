import { locales, type Locale } from "@/lib/i18n/config";
import { isCurrencyCode } from "@/lib/money/currencies";
import { normalizeForSearch } from "@/lib/search/normalize";
import type { SearchDocument } from "@/lib/search/types";
import {
  categoryField,
  descriptionField,
  hasTitleField,
  priceField,
  titleField,
  topCategoryField,
  type CategoryField,
  type DescriptionField,
  type HasTitleField,
  type MeiliDocument,
  type PriceField,
  type TitleField,
  type TopCategoryField,
} from "./attributes";
import { highlightPostTag, highlightPreTag } from "./highlight";
import { pinyinTokens } from "./pinyin";
import {
  hasCyrillic,
  kazakhCyrillicToLatin,
  russianCyrillicToLatin,
  uzbekCyrillicToLatin,
  uzbekLatinToCyrillic,
  withoutApostrophes,
} from "./transliterate";

/** The highlight placeholders must only ever come from Meilisearch, never from a supplier. */
const placeholderChars = new RegExp(`[${highlightPreTag}${highlightPostTag}]`, "g");

function clean(text: string | undefined): string | undefined {
  const value = text?.replace(placeholderChars, "").trim();
  return value ? value : undefined;
}

/** Other spellings of one piece of text written in `locale`; the original is not repeated. */
export function alternativeSpellings(text: string, locale: Locale): string[] {
  const out: string[] = [];
  if (locale === "ru" && hasCyrillic(text)) out.push(russianCyrillicToLatin(text), russianCyrillicToLatin(text, "h"));
  if (locale === "kk" && hasCyrillic(text)) out.push(kazakhCyrillicToLatin(text), kazakhCyrillicToLatin(text, "h"), normalizeForSearch(text));
  if (locale === "uz") {
    if (hasCyrillic(text)) out.push(uzbekCyrillicToLatin(text));
    else out.push(uzbekLatinToCyrillic(text), withoutApostrophes(text));
  }
  const original = text.toLowerCase();
  return [...new Set(out)].filter((spelling) => spelling && spelling !== original);
}

/** HS codes are written "8544.49.9100", "854449" or "8544 49": index the digits and their prefixes. */
export function hsPrefixes(hsCode: string): string[] {
  const digits = hsCode.replace(/\D/g, "");
  const out: string[] = [];
  for (let length = 2; length <= digits.length; length += 2) out.push(digits.slice(0, length));
  if (digits.length % 2 === 1) out.push(digits);
  return out;
}

export function toMeiliDocument(doc: SearchDocument): MeiliDocument {
  const texts: Partial<Record<TitleField | DescriptionField, string>> = {};
  // Filled for every locale by the loop below.
  const categories = {} as Record<CategoryField | TopCategoryField, string>;
  const hasTitle = {} as Record<HasTitleField, 0 | 1>;
  const translit: string[] = [];
  const ownTop = doc.category.topSlug !== doc.category.slug;
  for (const locale of locales) {
    const title = clean(doc.title[locale]);
    const description = clean(doc.description[locale]);
    if (title) texts[titleField(locale)] = title;
    if (description) texts[descriptionField(locale)] = description;
    hasTitle[hasTitleField(locale)] = title ? 1 : 0;
    categories[categoryField(locale)] = doc.category.names[locale] ?? "";
    // A listing filed directly under a top category would otherwise score its name twice.
    categories[topCategoryField(locale)] = ownTop ? (doc.category.topNames[locale] ?? "") : "";
    for (const source of [title, categories[categoryField(locale)], categories[topCategoryField(locale)]]) {
      if (source) translit.push(...alternativeSpellings(source, locale));
    }
  }
  const prices: Partial<Record<PriceField, number>> = {};
  if (isCurrencyCode(doc.currency)) prices[priceField(doc.currency)] = doc.priceFromMinor;
  const chinese = [texts.title_zh, categories.category_zh, categories.category_top_zh].filter((t): t is string => !!t);

  return {
    ...texts,
    ...categories,
    ...hasTitle,
    ...prices,
    id: doc.id,
    sku: doc.sku,
    hs_code: doc.hsCode,
    hs_prefixes: hsPrefixes(doc.hsCode),
    supplier_id: doc.supplier.id,
    supplier_name: [...new Set([doc.supplier.name, doc.supplier.legalName].filter(Boolean))],
    supplier_city: doc.supplier.city,
    supplier_verified: doc.supplier.verified,
    verified_rank: doc.supplier.verified ? 1 : 0,
    category_slugs: [...new Set([doc.category.slug, doc.category.topSlug])],
    certifications: doc.certifications,
    incoterms: doc.incoterms,
    currency: doc.currency,
    price_from_minor: doc.priceFromMinor,
    moq: doc.moq,
    lead_time_days: doc.leadTimeDays,
    published_at: doc.publishedAt,
    unit: doc.unit,
    translit: [...new Set(translit)],
    pinyin: [...new Set(chinese.flatMap(pinyinTokens))],
  };
}
