import { locales } from "@/lib/i18n/config";
import { analyzeText, type TermSink, type TextOptions } from "@/lib/search/analyze/analyze-text";
import { hsCodeTerms } from "@/lib/search/analyze/tokenize";
import type { SearchDocument } from "@/lib/search/types";
import { surfaceBit, type TermOffer } from "./postings";

/**
 * How much a match in each field counts. The title in any language outranks the category names
 * (the bridge that lets "холодильник" find a listing titled only 冰箱), which outrank codes and
 * the supplier, which outrank the description.
 */
export const fieldWeights = { title: 8, categoryLeaf: 5, categoryTop: 4, code: 3, supplier: 3, description: 1 } as const;

/** Weights are stored in one byte: field weight × term quality × this. */
export const weightScale = 16;

const named: TextOptions = { pinyin: true, unigrams: true };

/** Keeps the best weight per term in `into`, and the surface flag if any occurrence had it. */
export function mergeInto(into: Map<string, number>): TermOffer {
  return (term, packed) => {
    const previous = into.get(term);
    if (previous === undefined) into.set(term, packed);
    else if (previous !== packed) into.set(term, Math.max(previous & 255, packed & 255) | ((previous | packed) & surfaceBit));
  };
}

function sinkFor(offer: TermOffer, fieldWeight: number, offersSurface: boolean): TermSink {
  return (term, quality, surface) => offer(term, Math.max(1, Math.round(fieldWeight * quality * weightScale)) | (offersSurface && surface ? surfaceBit : 0));
}

/**
 * Category and supplier terms are the same on thousands of listings: analysed once per distinct
 * category or supplier, then merged as a ready list.
 */
const sharedTerms = new Map<string, Map<string, number>>();

export function clearSharedTerms(): void {
  sharedTerms.clear();
}

function shared(key: string, fill: (offer: TermOffer) => void): Map<string, number> {
  let terms = sharedTerms.get(key);
  if (!terms) {
    terms = new Map();
    fill(mergeInto(terms));
    if (sharedTerms.size > 20_000) sharedTerms.clear();
    sharedTerms.set(key, terms);
  }
  return terms;
}

function categoryTerms(category: SearchDocument["category"]): Map<string, number> {
  const ownTop = category.topSlug !== category.slug;
  const key = ["c", category.slug, category.topSlug, ...locales.map((l) => category.names[l]), ...locales.map((l) => category.topNames[l])].join("\u0001");
  return shared(key, (offer) => {
    for (const locale of locales) {
      analyzeText(category.names[locale] ?? "", locale, named, sinkFor(offer, fieldWeights.categoryLeaf, true));
      // A listing filed directly under a top category would otherwise have its name twice.
      if (ownTop) analyzeText(category.topNames[locale] ?? "", locale, named, sinkFor(offer, fieldWeights.categoryTop, true));
    }
  });
}

function supplierTerms(supplier: SearchDocument["supplier"]): Map<string, number> {
  return shared(["s", supplier.name, supplier.legalName, supplier.city].join("\u0001"), (offer) => {
    for (const value of new Set([supplier.name, supplier.legalName, supplier.city])) {
      if (value) analyzeText(value, "en", named, sinkFor(offer, fieldWeights.supplier, true));
    }
  });
}

/**
 * Offers all index terms of a document with their weights; the receiver keeps the best per term
 * (a term in the title and the description counts once, as a title match).
 */
export function collectDocumentTerms(doc: SearchDocument, offer: TermOffer): void {
  for (const [term, packed] of categoryTerms(doc.category)) offer(term, packed);
  for (const [term, packed] of supplierTerms(doc.supplier)) offer(term, packed);
  const title = sinkFor(offer, fieldWeights.title, true);
  const description = sinkFor(offer, fieldWeights.description, false);
  for (const locale of locales) {
    const text = doc.title[locale];
    if (text) analyzeText(text, locale, named, title);
    const body = doc.description[locale];
    if (body) analyzeText(body, locale, {}, description);
  }
  const code = sinkFor(offer, fieldWeights.code, false);
  analyzeText(doc.sku, "en", {}, code);
  for (const term of hsCodeTerms(doc.hsCode)) code(term, 1, false);
  for (const value of [...doc.certifications, ...doc.incoterms]) analyzeText(value, "en", {}, code);
}
