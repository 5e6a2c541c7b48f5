import { z } from "zod";

export const listingLocales = ["en", "ru", "kk", "uz", "zh"] as const;

export const hsCodeSchema = z.string().trim().regex(/^\d{4}(\.\d{2}){0,2}$/, { error: "hs_code_invalid" });
export const skuSchema = z.string().trim().min(1, { error: "required" }).max(64, { error: "too_long" }).regex(/^[\p{L}\p{N}][\p{L}\p{N}._\-/]*$/u, { error: "sku_invalid" });
export const listingUnits = ["pc", "set", "m", "kg", "t", "m²", "roll", "l", "pair", "box"] as const;
export const incotermsRules = ["EXW", "FCA", "CPT", "CIP", "DAP", "DPU", "DDP", "FAS", "FOB", "CFR", "CIF"] as const;

/** Text per locale; at least English or Chinese (the languages every supplier can provide). */
export function localizedTextSchema(max: number) {
  return z
    .partialRecord(z.enum(listingLocales), z.string().trim().max(max, { error: "too_long" }))
    .transform((value) => Object.fromEntries(Object.entries(value).filter(([, text]) => text && text.length > 0)) as Partial<Record<(typeof listingLocales)[number], string>>)
    .refine((value) => Boolean(value.en || value.zh), { error: "text_en_or_zh_required" });
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
