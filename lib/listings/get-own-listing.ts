import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/create-client";
import { AppError } from "@/lib/errors/app-error";
import { toListingInput } from "./listing-values";

/**
 * One of the supplier's own listings in every state, in the shape it is written (for the edit
 * form and the API), with its workflow facts and images. Another organization's listing is
 * NOT_FOUND.
 */
export async function getOwnListing(client: Db, actor: Actor, listingId: string) {
  authorize(actor, "listings:manage", { organizationId: actor.organization.id });
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(listingId)) throw new AppError("NOT_FOUND", "Listing not found");
  const row = await client.listing.findFirst({
    where: { id: listingId, supplierId: actor.organization.id },
    include: {
      priceTiers: { orderBy: { minQty: "asc" } },
      category: { select: { slug: true, names: true } },
      images: { orderBy: { position: "asc" } },
    },
  });
  if (!row) throw new AppError("NOT_FOUND", "Listing not found");
  return {
    id: row.id,
    status: row.status,
    rejectionReason: row.rejectionReason,
    submittedAt: row.submittedAt,
    publishedAt: row.publishedAt,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    categoryNames: row.category.names,
    images: row.images,
    input: toListingInput(row),
  };
}

export type OwnListing = Awaited<ReturnType<typeof getOwnListing>>;
