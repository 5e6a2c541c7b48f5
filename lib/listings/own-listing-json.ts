import { moneyJson } from "@/lib/api/search-response";
import type { OwnListing } from "./get-own-listing";
import { decimalToMinor } from "@/lib/money/decimal";

/** The documented JSON of a supplier's own listing (GET/POST/PATCH /api/v1/listings…). */
export function ownListingJson(listing: OwnListing) {
  const { input } = listing;
  return {
    id: listing.id,
    status: listing.status,
    rejectionReason: listing.rejectionReason,
    ...input,
    priceTiers: input.priceTiers.map((tier) => ({ minQty: tier.minQty, unitPrice: moneyJson(decimalToMinor(tier.unitPrice, input.currency) ?? 0n, input.currency) })),
    images: listing.images.map((image) => ({ id: image.id, position: image.position, width: image.width, height: image.height, alt: image.alt })),
    submittedAt: listing.submittedAt,
    publishedAt: listing.publishedAt,
    createdAt: listing.createdAt,
    updatedAt: listing.updatedAt,
  };
}
