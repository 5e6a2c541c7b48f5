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
  priceTiersSchema,
  quantitySchema,
  skuSchema,
  specificationsSchema,
} from "./listing-fields";

/**
 * One line of a catalog file (../shared/data/README.md): the same fields whether it came
 * from JSON Lines or CSV. Prices stay decimal strings here; they become minor units only
 * once the currency is known to be valid.
 */
export const importLineSchema = z
  .object({
    sku: skuSchema,
    supplier: z.string().trim().min(1, { error: "required" }).max(32, { error: "too_long" }),
    category: z.string().trim().min(1, { error: "required" }),
    title: localizedTextSchema(200),
    description: localizedTextSchema(5000).optional().default({ en: "" }),
    hsCode: hsCodeSchema,
    unit: z.enum(listingUnits, { error: "unit_invalid" }),
    moq: quantitySchema,
    currency: z.enum(listingCurrencies, { error: "currency_not_allowed" }),
    priceTiers: priceTiersSchema,
    leadTimeDays: leadTimeSchema,
    incoterms: z.array(incotermSchema).min(1, { error: "required" }).max(10, { error: "too_big" }),
    certifications: certificationsSchema.default([]),
    specifications: specificationsSchema.optional().default({}),
  })
  .superRefine(checkPriceTiers);

export type ImportLine = z.infer<typeof importLineSchema>;
