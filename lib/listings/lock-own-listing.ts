import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/permissions";
import type { Tx } from "@/lib/db/create-client";
import { AppError } from "@/lib/errors/app-error";

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Locks one of the actor's own listings for the rest of the transaction (SELECT … FOR UPDATE),
 * so two edits or an edit and a review never interleave. Another supplier's listing is
 * NOT_FOUND, not FORBIDDEN: its existence is not revealed.
 */
export async function lockOwnListing(tx: Tx, actor: Actor, listingId: string) {
  authorize(actor, "listings:manage", { organizationId: actor.organization.id });
  if (!uuid.test(listingId)) throw new AppError("NOT_FOUND", "Listing not found");
  const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Listing" WHERE id = ${listingId}::uuid AND "supplierId" = ${actor.organization.id}::uuid FOR UPDATE`;
  if (!locked.length) throw new AppError("NOT_FOUND", "Listing not found");
  return tx.listing.findUniqueOrThrow({ where: { id: listingId }, include: { priceTiers: { orderBy: { minQty: "asc" } }, category: { select: { slug: true } } } });
}

/** Locks any listing, for hub staff reviewing it. */
export async function lockListingForReview(tx: Tx, actor: Actor, listingId: string) {
  authorize(actor, "listings:review");
  if (!uuid.test(listingId)) throw new AppError("NOT_FOUND", "Listing not found");
  const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Listing" WHERE id = ${listingId}::uuid FOR UPDATE`;
  if (!locked.length) throw new AppError("NOT_FOUND", "Listing not found");
  return tx.listing.findUniqueOrThrow({ where: { id: listingId }, select: { id: true, status: true, supplierId: true, sku: true, publishedAt: true } });
}
