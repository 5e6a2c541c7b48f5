import { z } from "zod";
import {
  certificationsSchema,
  checkPriceTiers,
  hsCodeSchema,
  incotermSchema,
  leadTimeSchema,
  listingCurrencies,
  listingUnits,
  localizedTextSchema,
  optionalLocalizedTextSchema,
  priceTiersSchema,
  quantitySchema,
  skuSchema,
  specificationsSchema,
} from "./listing-fields";

const lineFields = z.object({
  sku: skuSchema,
  supplier: z.string().trim().min(1, { error: "required" }).max(32, { error: "too_long" }),
  category: z.string().trim().min(1, { error: "required" }),
  title: localizedTextSchema(200),
  // Optional in every language, as in the console form; empty CSV columns give `{}`.
  description: optionalLocalizedTextSchema(5000).default({}),
  hsCode: hsCodeSchema,
  unit: z.enum(listingUnits, { error: "unit_invalid" }),
  moq: quantitySchema,
  currency: z.enum(listingCurrencies, { error: "currency_not_allowed" }),
  priceTiers: priceTiersSchema,
  leadTimeDays: leadTimeSchema,
  incoterms: z.array(incotermSchema).min(1, { error: "required" }).max(10, { error: "too_big" }),
  certifications: certificationsSchema.default([]),
  specifications: specificationsSchema.optional().default({}),
});

/**
 * One line of a catalog file (../shared/data/README.md): the same fields whether it came
 * from JSON Lines or CSV. Prices stay decimal strings here; they become minor units only
 * once the currency is known to be valid.
 */
export const importLineSchema = lineFields.superRefine(checkPriceTiers);

/**
 * A line of a supplier's own file in the console: `supplier` may be left out (or empty),
 * meaning "my company" — a supplier need not know its code, and may not even have one.
 */
export const scopedImportLineSchema = lineFields
  .extend({ supplier: z.string().trim().max(32, { error: "too_long" }).nullish().transform((code) => code || null) })
  .superRefine(checkPriceTiers);

export type ImportLine = z.infer<typeof importLineSchema>;
export type ScopedImportLine = z.infer<typeof scopedImportLineSchema>;
