import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/create-client";
import { AppError } from "@/lib/errors/app-error";
import { toListingImageJson, type ListingImageJson } from "./listing-image-json";

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The photos of one of the actor's own listings, in order — what the console's image editor starts from. */
export async function listOwnListingImages(client: Db, actor: Actor, listingId: string): Promise<ListingImageJson[]> {
  authorize(actor, "listings:manage", { organizationId: actor.organization.id });
  if (!uuid.test(listingId)) throw new AppError("NOT_FOUND", "Listing not found");
  const listing = await client.listing.findFirst({
    where: { id: listingId, supplierId: actor.organization.id },
    select: { images: { orderBy: { position: "asc" } } },
  });
  if (!listing) throw new AppError("NOT_FOUND", "Listing not found");
  return listing.images.map(toListingImageJson);
}
