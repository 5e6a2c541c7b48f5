/*
 * English descriptions of fields whose zod schemas live elsewhere and carry none: the
 * listing input (lib/listings/listing-input.ts) and the profile (lib/users/update-profile.ts).
 * Keys are field paths as the developer page shows them: `priceTiers[].minQty`.
 * The builder fails on a key the schema does not have, so these cannot go stale unnoticed.
 */

export const listingFieldDocs: Record<string, string> = {
  sku: "Your own article number; unique among your listings.",
  category: "Slug of a leaf category of the taxonomy, e.g. copper-power-cable.",
  title: "Title per locale; at least English or Chinese.",
  description: "Description per locale.",
  hsCode: "HS code: 8544, 8544.49 or 8544.49.10.",
  unit: "Unit that quantities and prices refer to.",
  moq: "Minimum order quantity, in units.",
  currency: "Currency of every price of the listing.",
  priceTiers: "Volume prices: the first tier starts at the MOQ, minimum quantities increase.",
  "priceTiers[].minQty": "From this quantity on, this unit price applies.",
  "priceTiers[].unitPrice": "Unit price as a decimal string in major units, e.g. 12.50.",
  leadTimeDays: "Production lead time, in days.",
  incoterms: "Delivery terms offered (Incoterms 2020).",
  "incoterms[].term": "Incoterms rule.",
  "incoterms[].place": "Named place, e.g. Shanghai; may be empty for EXW only.",
  certifications: "Certificates the goods have, e.g. EAC, CCC, CE.",
  specifications: "Free characteristics: name → value.",
};

export const profileFieldDocs: Record<string, string> = {
  name: "Your full name.",
  locale: "Preferred language of e-mails and API messages.",
};
