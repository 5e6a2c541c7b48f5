import { z } from "zod";
import { incotermsRules } from "@/lib/catalog/listing-fields";
import { moneyInputSchema } from "@/lib/money/money-input";
import { unitPriceSchema } from "@/lib/catalog/listing-fields";

const day = 24 * 60 * 60 * 1000;

/**
 * A supplier's offer (and, partly, a buyer's counter-offer) — the schema behind the quote form,
 * `POST /api/v1/rfqs/:id/quotes` and the OpenAPI document. Which currencies are allowed
 * depends on the buyer (CNY, USD or the buyer's own) and is checked by the service.
 */
export const quoteInputSchema = z.object({
  unitPrice: moneyInputSchema(),
  quantity: z.number({ error: "quantity_invalid" }).int({ error: "quantity_invalid" }).positive({ error: "quantity_invalid" }).max(1_000_000_000, { error: "too_big" }),
  quantityBreaks: z
    .array(z.object({ minQty: z.number({ error: "quantity_invalid" }).int({ error: "quantity_invalid" }).positive({ error: "quantity_invalid" }), unitPrice: unitPriceSchema }))
    .max(10, { error: "too_big" })
    .default([]),
  leadTimeDays: z.number({ error: "quantity_invalid" }).int({ error: "quantity_invalid" }).min(0, { error: "too_small" }).max(365, { error: "too_big" }),
  incoterm: z.enum(incotermsRules, { error: "incoterm_invalid" }),
  namedPlace: z.string({ error: "required" }).trim().min(1, { error: "required" }).max(80, { error: "too_long" }),
  validUntil: z.iso.datetime({ offset: true, error: "date_invalid" }),
  paymentTerms: z.string().trim().max(200, { error: "too_long" }).optional(),
  note: z.string().trim().max(2000, { error: "too_long" }).optional(),
  attachmentIds: z.array(z.uuid({ error: "invalid" })).max(10, { error: "too_many_attachments" }).default([]),
});

export type QuoteInput = z.infer<typeof quoteInputSchema>;

/** A buyer's counter-offer: the terms to change; the rest is taken from the offer it answers. */
export const counterInputSchema = quoteInputSchema
  .pick({ unitPrice: true, quantity: true, leadTimeDays: true, incoterm: true, namedPlace: true, paymentTerms: true, note: true })
  .partial()
  .refine((counter) => Object.values(counter).some((value) => value !== undefined), { error: "required", path: ["unitPrice"] });

export type CounterInput = z.infer<typeof counterInputSchema>;

export function checkValidUntil(validUntil: string, now: Date): Record<string, string> {
  const at = new Date(validUntil).getTime();
  if (at <= now.getTime()) return { validUntil: "field.date_in_past" };
  if (at > now.getTime() + 180 * day) return { validUntil: "field.date_too_far" };
  return {};
}

export const messageInputSchema = z.object({
  body: z.string({ error: "required" }).trim().min(1, { error: "required" }).max(5000, { error: "too_long" }),
  attachmentIds: z.array(z.uuid({ error: "invalid" })).max(10, { error: "too_many_attachments" }).default([]),
});
