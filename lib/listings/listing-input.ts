import { z } from "zod";
import {
  certificationsSchema,
  checkPriceTiers,
  hsCodeSchema,
  incotermOfferSchema,
  leadTimeSchema,
  listingCurrencies,
  listingUnits,
  localizedTextSchema,
  optionalLocalizedTextSchema,
  priceTiersSchema,
  quantitySchema,
  skuSchema,
  specificationsSchema,
} from "@/lib/catalog/listing-fields";

const fields = {
  sku: skuSchema,
  /** Slug of a leaf category of the taxonomy, e.g. "solar-panels". */
  category: z.string({ error: "required" }).trim().min(1, { error: "required" }).max(80, { error: "too_long" }),
  title: localizedTextSchema(200),
  description: optionalLocalizedTextSchema(5000),
  hsCode: hsCodeSchema,
  unit: z.enum(listingUnits, { error: "unit_invalid" }),
  moq: quantitySchema,
  currency: z.enum(listingCurrencies, { error: "currency_not_allowed" }),
  priceTiers: priceTiersSchema,
  leadTimeDays: leadTimeSchema,
  incoterms: z.array(incotermOfferSchema).min(1, { error: "incoterms_required" }).max(10, { error: "too_big" }),
  certifications: certificationsSchema,
  specifications: specificationsSchema,
};

/**
 * A listing as a supplier writes it — the one schema behind the console form, `POST` and
 * `PATCH /api/v1/listings` and the OpenAPI document. Prices are decimal strings in major
 * units of `currency`; the console turns locale input ("1 234,50") into that form first.
 */
export const listingInputSchema = z
  .object({
    ...fields,
    description: fields.description.default({}),
    certifications: fields.certifications.default([]),
    specifications: fields.specifications.default({}),
  })
  .superRefine(checkPriceTiers);

export type ListingInput = z.infer<typeof listingInputSchema>;

/** `PATCH`: any subset of the fields; the merged result is validated as a whole. */
export const listingPatchSchema = z.object(fields).partial().strict();

export type ListingPatch = z.infer<typeof listingPatchSchema>;

/**
 * Fields whose change sends a published listing back to review: what the buyer reads and what
 * moderators check. Commercial terms (MOQ, prices, lead time, Incoterms) apply at once, so a
 * supplier can follow the market without disappearing from search (ADR 0007).
 */
export const reviewedFields = ["category", "title", "description", "hsCode", "unit", "certifications", "specifications"] as const;
