import { z } from "zod";
import { hsCodeSchema, incotermSchema, listingUnits, localizedTextSchema, skuSchema } from "./listing-fields";

const quantity = z.number({ error: "required" }).int({ error: "quantity_invalid" }).positive({ error: "quantity_invalid" }).max(100_000_000, { error: "too_big" });

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
    moq: quantity,
    currency: z.enum(["CNY", "USD"], { error: "currency_not_allowed" }),
    priceTiers: z
      .array(z.object({ minQty: quantity, unitPrice: z.string().trim().regex(/^\d+(\.\d{1,2})?$/, { error: "price_invalid" }) }))
      .min(1, { error: "price_tiers_required" })
      .max(10, { error: "too_big" }),
    leadTimeDays: z.number({ error: "required" }).int({ error: "quantity_invalid" }).min(0, { error: "too_small" }).max(365, { error: "too_big" }),
    incoterms: z.array(incotermSchema).min(1, { error: "required" }).max(10, { error: "too_big" }),
    certifications: z.array(z.string().trim().min(1).max(40)).max(20, { error: "too_big" }).default([]),
    specifications: z.record(z.string().max(80), z.string().max(200)).optional().default({}),
  })
  .superRefine((line, ctx) => {
    const tiers = line.priceTiers;
    if (tiers[0] && tiers[0].minQty !== line.moq) ctx.addIssue({ code: "custom", path: ["priceTiers"], message: "first_tier_not_moq" });
    for (let i = 1; i < tiers.length; i += 1) {
      if (tiers[i]!.minQty <= tiers[i - 1]!.minQty) ctx.addIssue({ code: "custom", path: ["priceTiers"], message: "tiers_not_ascending" });
    }
  });

export type ImportLine = z.infer<typeof importLineSchema>;
