import type { Actor } from "@/lib/auth/actor";
import { auditActorOf, recordAudit } from "@/lib/audit/record-audit";
import type { Db } from "@/lib/db/create-client";
import { AppError } from "@/lib/errors/app-error";
import { fileStorage } from "@/lib/storage/file-storage";
import type { FileStorage } from "@/lib/storage/types";
import { lockOwnListing } from "../lock-own-listing";
import { reviewAgainIfPublished } from "../review-again-if-published";
import { lockStorageKey } from "./lock-storage-key";

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A supplier deletes a photo of one of its listings; the ones after it move up. The files go
 * too — unless a duplicated listing still shows the same photo (copies share files). They
 * are deleted after the commit: a crash in between leaves unused files, never a row whose
 * files are gone.
 */
export async function removeListingImage(client: Db, actor: Actor, listingId: string, imageId: string, options: { ip?: string; storage?: FileStorage } = {}): Promise<void> {
  const orphaned = await client.$transaction(async (tx) => {
    const listing = await lockOwnListing(tx, actor, listingId);
    if (listing.status === "ARCHIVED") throw new AppError("CONFLICT", "Archived listing", { messageKey: "listing.archived_not_editable" });
    const image = uuid.test(imageId) ? await tx.listingImage.findFirst({ where: { id: imageId, listingId } }) : null;
    if (!image) throw new AppError("NOT_FOUND", "Image not found");
    await tx.listingImage.delete({ where: { id: image.id } });
    await tx.listingImage.updateMany({ where: { listingId, position: { gt: image.position } }, data: { position: { decrement: 1 } } });
    await recordAudit(tx, {
      actor: auditActorOf(actor),
      action: "listing.image_removed",
      targetType: "Listing",
      targetId: listingId,
      organizationId: listing.supplierId,
      data: { imageId: image.id, position: image.position },
      ip: options.ip,
    });
    await reviewAgainIfPublished(tx, listing, auditActorOf(actor), "image_removed");
    await lockStorageKey(tx, image.storageKey);
    const stillUsed = await tx.listingImage.count({ where: { storageKey: image.storageKey } });
    return stillUsed ? null : image.storageKey;
  });
  if (orphaned) {
    const storage = options.storage ?? fileStorage();
    await storage.delete(orphaned).catch((error: unknown) => console.error(`[images] could not delete files of ${orphaned}`, error));
  }
}
