import { z } from "zod";
import { incotermsRules, listingUnits } from "@/lib/catalog/listing-fields";
import { moneyInputSchema } from "@/lib/money/money-input";
import { locales } from "@/lib/i18n/config";

const day = 24 * 60 * 60 * 1000;
const isoDate = z.string({ error: "date_invalid" }).trim().regex(/^\d{4}-\d{2}-\d{2}$/, { error: "date_invalid" });

/**
 * An RFQ as a buyer writes it — the schema behind the form, `POST /api/v1/rfqs` and the OpenAPI
 * document. Dates are checked against `now` in `checkRfqDates` (the schema itself stays pure).
 */
export const rfqInputSchema = z.object({
  title: z.string({ error: "required" }).trim().min(3, { error: "too_short" }).max(200, { error: "too_long" }),
  description: z.string({ error: "required" }).trim().min(1, { error: "required" }).max(5000, { error: "too_long" }),
  /** The locale the buyer wrote in; defaults to the buyer's own. */
  language: z.enum(locales).optional(),
  /** Slug of a leaf category, e.g. "solar-panel". */
  categorySlug: z.string({ error: "required" }).trim().min(1, { error: "required" }).max(80, { error: "too_long" }),
  quantity: z.number({ error: "quantity_invalid" }).int({ error: "quantity_invalid" }).positive({ error: "quantity_invalid" }).max(1_000_000_000, { error: "too_big" }),
  unit: z.enum(listingUnits, { error: "unit_invalid" }),
  targetPrice: moneyInputSchema().optional(),
  incoterm: z.enum(incotermsRules, { error: "incoterm_invalid" }),
  namedPlace: z.string({ error: "required" }).trim().min(1, { error: "required" }).max(80, { error: "too_long" }),
  destination: z.object({
    country: z.string({ error: "country_invalid" }).trim().regex(/^[A-Z]{2}$/, { error: "country_invalid" }),
    city: z.string({ error: "required" }).trim().min(1, { error: "required" }).max(80, { error: "too_long" }),
  }),
  requiredBy: isoDate,
  expiresAt: z.iso.datetime({ offset: true, error: "date_invalid" }),
  visibility: z.enum(["CATEGORY", "INVITED"], { error: "invalid" }).default("CATEGORY"),
  invitedSupplierIds: z.array(z.uuid({ error: "invalid" })).max(20, { error: "too_big" }).default([]),
  attachmentIds: z.array(z.uuid({ error: "invalid" })).max(10, { error: "too_many_attachments" }).default([]),
  /** The listing the RFQ was started from ("Request a quote"). */
  listingId: z.uuid({ error: "invalid" }).optional(),
  /** false: save a draft; true (default): publish at once. */
  publish: z.boolean().default(true),
});

export type RfqInput = z.infer<typeof rfqInputSchema>;

/** Date rules that depend on the clock: a field → message key map, empty when fine. */
export function checkRfqDates(input: Pick<RfqInput, "requiredBy" | "expiresAt">, now: Date): Record<string, string> {
  const errors: Record<string, string> = {};
  const requiredBy = new Date(`${input.requiredBy}T23:59:59Z`);
  const expiresAt = new Date(input.expiresAt);
  if (Number.isNaN(requiredBy.getTime())) errors.requiredBy = "field.date_invalid";
  else if (requiredBy.getTime() < now.getTime()) errors.requiredBy = "field.date_in_past";
  else if (requiredBy.getTime() > now.getTime() + 3 * 365 * day) errors.requiredBy = "field.date_too_far";
  if (expiresAt.getTime() <= now.getTime()) errors.expiresAt = "field.date_in_past";
  else if (expiresAt.getTime() > now.getTime() + 90 * day) errors.expiresAt = "field.date_too_far";
  else if (!errors.requiredBy && expiresAt.getTime() > requiredBy.getTime()) errors.expiresAt = "field.expiry_after_delivery";
  return errors;
}
