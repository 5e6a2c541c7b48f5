import { z } from "zod";
import { listingLocales, type LocalizedText } from "@/lib/catalog/listing-fields";
import { imageLimits } from "./image-files";

/**
 * Alt text per locale as sent: a locale with an empty string is cleared, a locale not sent is
 * kept (so an ERP can set the Russian text without knowing the others).
 */
export const altPatchSchema = z.partialRecord(z.enum(listingLocales), z.string({ error: "invalid" }).trim().max(imageLimits.altMaxLength, { error: "too_long" })).optional();

export const imageUploadSchema = z.object({ alt: altPatchSchema });

/** `PATCH /api/v1/listings/:id/images/:imageId`; `position` counts from 0 and is clamped to the last place. */
export const imagePatchSchema = z
  .object({
    alt: altPatchSchema,
    position: z.number({ error: "invalid" }).int({ error: "invalid" }).min(0, { error: "too_small" }).max(imageLimits.perListing - 1, { error: "too_big" }).optional(),
  })
  .strict();

export function mergeAlt(current: LocalizedText, patch: Partial<Record<keyof LocalizedText, string>> | undefined): LocalizedText {
  const merged: LocalizedText = { ...current };
  for (const [locale, text] of Object.entries(patch ?? {}) as [keyof LocalizedText, string][]) {
    if (text) merged[locale] = text;
    else delete merged[locale];
  }
  return merged;
}
