import { z } from "zod";
import { incotermsRules } from "@/lib/catalog/listing-fields";

/** A direct order from a listing: quantity at least the MOQ, priced by the listing's tiers. */
export const directOrderInputSchema = z.object({
  listingId: z.uuid({ error: "invalid" }),
  quantity: z.number({ error: "quantity_invalid" }).int({ error: "quantity_invalid" }).positive({ error: "quantity_invalid" }).max(1_000_000_000, { error: "too_big" }),
  /** One of the listing's Incoterms offers. */
  incoterm: z.enum(incotermsRules, { error: "incoterm_invalid" }),
  namedPlace: z.string().trim().max(80, { error: "too_long" }).optional(),
  deliveryDate: z.string().trim().regex(/^\d{4}-\d{2}-\d{2}$/, { error: "date_invalid" }).optional(),
});
