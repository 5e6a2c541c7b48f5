import { commonCertifications, type LocalizedText } from "@/lib/catalog/listing-fields";
import { intlLocale, type Locale } from "@/lib/i18n/config";
import type { ListingInput } from "./listing-input";

/** What the console editor shows in its inputs: strings, numbers written the user's way. */
export type ListingFormValues = {
  sku: string;
  category: string;
  title: LocalizedText;
  description: LocalizedText;
  hsCode: string;
  unit: string;
  moq: string;
  currency: string;
  leadTimeDays: string;
  priceTiers: { minQty: string; unitPrice: string }[];
  incoterms: { term: string; place: string }[];
  certifications: string[];
  certificationsOther: string;
  specifications: { name: string; value: string }[];
};

export const emptyListingFormValues: ListingFormValues = {
  sku: "",
  category: "",
  title: {},
  description: {},
  hsCode: "",
  unit: "pc",
  moq: "",
  currency: "CNY",
  leadTimeDays: "",
  priceTiers: [],
  incoterms: [],
  certifications: [],
  certificationsOther: "",
  specifications: [],
};

/** "1234.5" → "1234,5" in ru/kk/uz: the decimal mark the user types, no grouping to trip over. */
export function decimalForInput(decimal: string, locale: Locale): string {
  const mark = new Intl.NumberFormat(intlLocale[locale]).formatToParts(1.5).find((part) => part.type === "decimal")?.value ?? ".";
  return decimal.replace(".", mark);
}

export function toListingFormValues(input: ListingInput, locale: Locale): ListingFormValues {
  const common = new Set<string>(commonCertifications);
  return {
    sku: input.sku,
    category: input.category,
    title: input.title,
    description: input.description,
    hsCode: input.hsCode,
    unit: input.unit,
    moq: String(input.moq),
    currency: input.currency,
    leadTimeDays: String(input.leadTimeDays),
    priceTiers: input.priceTiers.map((tier) => ({ minQty: String(tier.minQty), unitPrice: decimalForInput(tier.unitPrice, locale) })),
    incoterms: input.incoterms.map((offer) => ({ term: offer.term, place: offer.place ?? "" })),
    certifications: input.certifications.filter((code) => common.has(code)),
    certificationsOther: input.certifications.filter((code) => !common.has(code)).join(", "),
    specifications: Object.entries(input.specifications).map(([name, value]) => ({ name, value })),
  };
}
