import { z } from "zod";
import { incotermsRules, listingLocales } from "@/lib/catalog/listing-fields";
import { locales } from "@/lib/i18n/config";
import { currencyCodes, type CurrencyCode } from "@/lib/money/currencies";
import { sortOptions } from "@/lib/search/types";
import { reviewDecisionSchema } from "@/lib/listings/review-listing";
import { imageLimits } from "@/lib/listings/images/image-files";
import { updateProfileSchema } from "@/lib/users/update-profile";

/*
 * Request schemas for the document where the handler has no exported zod schema of the wire
 * format: search's lenient query parser, multipart forms (read field by field), path
 * parameters; plus thin derivations of shared schemas. When a handler gains its own schema,
 * import that one into the operations table and delete the copy here.
 */

const mb = 1024 * 1024;
const listingId = z.uuid().meta({ description: "Listing ID.", examples: ["3f1c9a52-7a4e-4c1e-9f2b-1d2e3f4a5b6c"] });

export const listingIdParams = z.object({ id: listingId });
export const listingImageParams = z.object({ id: listingId, imageId: z.uuid().meta({ description: "Image ID.", examples: ["8d2e41b7-0c5a-4f3e-a1d9-6b7c8e9f0a12"] }) });
export const catalogImportIdParams = z.object({ id: z.uuid().meta({ description: "Import ID, as returned when the file was uploaded.", examples: ["c4a7e2d1-5b3f-4e8a-9c6d-2f1e0b3a4d5c"] }) });

const localeParam = z.enum(locales).meta({ description: "Language of the returned texts; by default the best match of Accept-Language." });
export const listingQuerySchema = z.object({ locale: localeParam.optional() });

/**
 * GET /api/v1/search. `parseSearchParams` (lib/search/search-params.ts) reads these leniently
 * — a malformed value is dropped, never a 422 — so this schema documents the accepted values;
 * search-query.test.ts checks that its names are exactly the ones the parser reads.
 */
export const searchQuerySchema = z.object({
  q: z.string().max(200).optional().meta({ description: "Words to look for, in any of the five languages, or an HS code. Empty: browse." }),
  locale: localeParam.optional(),
  category: z.string().max(80).optional().meta({ description: "Category slug (leaf or top level)." }),
  city: z.array(z.string()).max(20).optional().meta({ description: "Supplier city; repeat for several (any of)." }),
  cert: z.array(z.string()).max(20).optional().meta({ description: "Certification; repeat for several (all of)." }),
  verified: z.enum(["1", "true"]).optional().meta({ description: "Only suppliers verified by the trade hub." }),
  incoterm: z.array(z.enum(incotermsRules)).max(20).optional().meta({ description: "Incoterms rule offered; repeat for several (any of)." }),
  priceMin: z.string().regex(/^\d+([.,]\d{1,2})?$/).optional().meta({ description: "Lowest unit price of the first tier, in major units of `currency`." }),
  priceMax: z.string().regex(/^\d+([.,]\d{1,2})?$/).optional().meta({ description: "Highest unit price of the first tier, in major units of `currency`." }),
  currency: z.enum(currencyCodes as [CurrencyCode, ...CurrencyCode[]]).optional().meta({ description: "Currency of priceMin and priceMax (default CNY); listings in other currencies are left out." }),
  moqMax: z.coerce.number().int().min(1).max(100_000_000).optional().meta({ description: "Largest acceptable minimum order quantity." }),
  leadMax: z.coerce.number().int().min(1).max(365).optional().meta({ description: "Longest acceptable lead time, in days." }),
  sort: z.enum(sortOptions).optional().meta({ description: "Order of the hits (default relevance)." }),
  page: z.coerce.number().int().min(1).max(1000).optional().meta({ description: "Page number, from 1." }),
  limit: z.coerce.number().int().min(1).max(100).optional().meta({ description: "Hits per page (default 20)." }),
});

export const catalogExampleQuerySchema = z.object({ format: z.enum(["csv", "jsonl"]).optional().meta({ description: "File format (default csv)." }) });

/** PATCH /api/v1/me: the profile schema, every field optional (the handler fills in the rest). */
export const profilePatchSchema = updateProfileSchema.partial();

/** POST …/reject: the reject variant of the review decision without its discriminator, which the route adds. */
export const rejectListingSchema = reviewDecisionSchema.options[1].omit({ decision: true });

const languageNames = { en: "English", ru: "Russian", kk: "Kazakh", uz: "Uzbek", zh: "Chinese" } as const;
const altFields = Object.fromEntries(
  listingLocales.map((locale) => [`alt.${locale}`, z.string().trim().max(imageLimits.altMaxLength).optional().meta({ description: `Alternative text in ${languageNames[locale]}.` })]),
) as Record<`alt.${(typeof listingLocales)[number]}`, z.ZodOptional<z.ZodString>>;

export function imageUploadSchema(maxMb: number) {
  return z.object({
    file: z.file().mime(["image/jpeg", "image/png", "image/webp"]).max(maxMb * mb).meta({ description: "The image: JPEG, PNG or WebP." }),
    ...altFields,
  });
}

export function catalogImportUploadSchema(maxMb: number) {
  return z.object({
    file: z.file().max(maxMb * mb).meta({ description: "The catalog: JSON Lines (.jsonl) or CSV (.csv), one listing per line." }),
    submitForReview: z.enum(["true", "on", "false"]).optional().meta({ description: "true (or on, as a checkbox sends it): new and changed listings go to review at once, if your company is verified." }),
  });
}
