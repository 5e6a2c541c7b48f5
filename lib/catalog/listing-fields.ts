import { z } from "zod";

export const listingLocales = ["en", "ru", "kk", "uz", "zh"] as const;
export type ListingLocale = (typeof listingLocales)[number];
export type LocalizedText = Partial<Record<ListingLocale, string>>;

export const hsCodeSchema = z.string().trim().regex(/^\d{4}(\.\d{2}){0,2}$/, { error: "hs_code_invalid" });
export const skuSchema = z.string().trim().min(1, { error: "required" }).max(64, { error: "too_long" }).regex(/^[\p{L}\p{N}][\p{L}\p{N}._\-/]*$/u, { error: "sku_invalid" });
export const listingUnits = ["pc", "set", "m", "kg", "t", "m²", "roll", "l", "pair", "box"] as const;
export const listingCurrencies = ["CNY", "USD"] as const;
export const incotermsRules = ["EXW", "FCA", "CPT", "CIP", "DAP", "DPU", "DDP", "FAS", "FOB", "CFR", "CIF"] as const;
/** Certifications offered as checkboxes; others may be typed in. */
export const commonCertifications = ["EAC", "CCC", "CE", "ISO 9001", "ISO 14001", "RoHS", "UL", "FCC", "GOST R", "TÜV"] as const;

export const quantitySchema = z
  .number({ error: "required" })
  .int({ error: "quantity_invalid" })
  .positive({ error: "quantity_invalid" })
  .max(100_000_000, { error: "too_big" });
export const leadTimeSchema = z.number({ error: "required" }).int({ error: "quantity_invalid" }).min(0, { error: "too_small" }).max(365, { error: "too_big" });
/** A price in major units as a canonical decimal string ("12.50"); never a float. */
export const unitPriceSchema = z.string({ error: "price_invalid" }).trim().regex(/^\d{1,12}(\.\d{1,2})?$/, { error: "price_invalid" });
export const priceTiersSchema = z
  .array(z.object({ minQty: quantitySchema, unitPrice: unitPriceSchema }))
  .min(1, { error: "price_tiers_required" })
  .max(10, { error: "too_big" });
export const certificationsSchema = z
  .array(z.string().trim().min(1, { error: "required" }).max(40, { error: "too_long" }))
  .max(20, { error: "too_big" })
  .transform((list) => [...new Set(list)]);
export const specificationsSchema = z
  .record(z.string().trim().min(1, { error: "required" }).max(80, { error: "too_long" }), z.string().trim().max(200, { error: "too_long" }))
  .refine((specs) => Object.keys(specs).length <= 40, { error: "too_big" });

/** Text per locale; at least English or Chinese (the languages every supplier can provide). */
export function localizedTextSchema(max: number) {
  return z
    .partialRecord(z.enum(listingLocales), z.string().trim().max(max, { error: "too_long" }))
    .transform((value) => Object.fromEntries(Object.entries(value).filter(([, text]) => text && text.length > 0)) as LocalizedText)
    .refine((value) => Boolean(value.en || value.zh), { error: "text_en_or_zh_required" });
}

/** Text per locale that may be empty in every locale (descriptions, alt text). */
export function optionalLocalizedTextSchema(max: number) {
  return z
    .partialRecord(z.enum(listingLocales), z.string().trim().max(max, { error: "too_long" }))
    .transform((value) => Object.fromEntries(Object.entries(value).filter(([, text]) => text && text.length > 0)) as LocalizedText);
}

/** Tiers start at the MOQ and climb: checked on the whole listing, because it spans two fields. */
export function checkPriceTiers(listing: { moq: number; priceTiers: { minQty: number }[] }, ctx: z.RefinementCtx): void {
  const tiers = listing.priceTiers;
  if (tiers[0] && tiers[0].minQty !== listing.moq) ctx.addIssue({ code: "custom", path: ["priceTiers", 0, "minQty"], message: "first_tier_not_moq" });
  for (let i = 1; i < tiers.length; i += 1) {
    if (tiers[i]!.minQty <= tiers[i - 1]!.minQty) ctx.addIssue({ code: "custom", path: ["priceTiers", i, "minQty"], message: "tiers_not_ascending" });
  }
}

/**
 * "FOB Shanghai" → { term: "FOB", place: "Shanghai" } (Incoterms 2020 rule + named place).
 * A bare "EXW" is accepted with `place: null`, meaning the supplier's own premises — how
 * factories usually quote ex works.
 */
export const incotermSchema = z
  .string()
  .trim()
  .transform((value, ctx) => {
    const [term = "", ...place] = value.split(/\s+/);
    const rule = term.toUpperCase();
    if (!(incotermsRules as readonly string[]).includes(rule) || (place.length === 0 && rule !== "EXW")) {
      ctx.addIssue({ code: "custom", message: "incoterm_invalid" });
      return z.NEVER;
    }
    return { term: rule, place: place.length ? place.join(" ") : null };
  });

/** The structured form of an offer, as the API and the console take it. */
export const incotermOfferSchema = z
  .object({
    term: z.enum(incotermsRules, { error: "incoterm_invalid" }),
    place: z.string().trim().max(80, { error: "too_long" }).nullish().transform((place) => place || null),
  })
  .refine((offer) => offer.place !== null || offer.term === "EXW", { error: "incoterm_place_required", path: ["place"] });
