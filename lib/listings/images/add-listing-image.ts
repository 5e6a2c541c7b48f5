import { randomUUID } from "node:crypto";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/permissions";
import { auditActorOf, recordAudit } from "@/lib/audit/record-audit";
import type { Db } from "@/lib/db/create-client";
import { env } from "@/lib/env/server";
import { AppError } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/errors/validation";
import { fileStorage } from "@/lib/storage/file-storage";
import type { FileStorage } from "@/lib/storage/types";
import { lockOwnListing } from "../lock-own-listing";
import { reviewAgainIfPublished } from "../review-again-if-published";
import { imageLimits, originalFileName, variantFileName } from "./image-files";
import { imageUploadSchema, mergeAlt } from "./image-input";
import { toListingImageJson, type ListingImageJson } from "./listing-image-json";
import { processImage } from "./process-image";

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type ImageUpload = {
  /** The uploaded file (a `File` from multipart form data); its name and declared type are ignored. */
  file: Blob | null | undefined;
  /** Alt text per locale, optional. */
  alt?: unknown;
};

export type AddListingImageOptions = {
  ip?: string;
  /** Defaults to the process's storage and UPLOAD_MAX_IMAGE_MB; tests pass their own. */
  storage?: FileStorage;
  maxBytes?: number;
};

const invalidFile = (key: string) => new AppError("VALIDATION_FAILED", key, { fields: { file: `field.${key}` } });

/**
 * A supplier adds a photo to one of its listings. Cheap checks come first (owner, count, byte
 * size — before a single pixel is decoded), then the image is converted and its files are
 * written under a fresh key *before* the transaction: a row never points at missing files.
 * If the transaction fails the files are deleted again. A published listing goes back to
 * review, since moderators check images too (ADR 0007).
 */
export async function addListingImage(client: Db, actor: Actor, listingId: string, upload: ImageUpload, options: AddListingImageOptions = {}): Promise<ListingImageJson> {
  authorize(actor, "listings:manage", { organizationId: actor.organization.id });
  if (!uuid.test(listingId)) throw new AppError("NOT_FOUND", "Listing not found");
  // Scoped to the actor's organization: another supplier's listing is NOT_FOUND, and nothing
  // is decoded or written for it.
  const listing = await client.listing.findFirst({ where: { id: listingId, supplierId: actor.organization.id }, select: { status: true, _count: { select: { images: true } } } });
  if (!listing) throw new AppError("NOT_FOUND", "Listing not found");
  if (listing.status === "ARCHIVED") throw new AppError("CONFLICT", "Archived listing", { messageKey: "listing.archived_not_editable" });
  if (listing._count.images >= imageLimits.perListing) throw invalidFile("too_many_images");

  const { alt } = parseInput(imageUploadSchema, { alt: upload.alt });
  const file = upload.file;
  if (!file || file.size === 0) throw invalidFile("file_required");
  const maxBytes = options.maxBytes ?? env().UPLOAD_MAX_IMAGE_MB * 1024 * 1024;
  if (file.size > maxBytes) throw invalidFile("file_too_large");

  const image = await processImage(new Uint8Array(await file.arrayBuffer()));
  const storage = options.storage ?? fileStorage();
  const storageKey = `listings/${listingId}/${randomUUID()}`;
  try {
    // One after the other, so that when a write fails none is still in flight when the
    // cleanup below runs.
    await storage.put(`${storageKey}/${originalFileName(image.contentType)}`, image.original, image.contentType);
    await storage.put(`${storageKey}/${variantFileName("thumb")}`, image.variants.thumb.bytes, "image/webp");
    await storage.put(`${storageKey}/${variantFileName("large")}`, image.variants.large.bytes, "image/webp");
    return await client.$transaction(async (tx) => {
      const current = await lockOwnListing(tx, actor, listingId);
      if (current.status === "ARCHIVED") throw new AppError("CONFLICT", "Archived listing", { messageKey: "listing.archived_not_editable" });
      // Counted again under the lock: two uploads racing past the first check cannot make eleven.
      const count = await tx.listingImage.count({ where: { listingId } });
      if (count >= imageLimits.perListing) throw invalidFile("too_many_images");
      const row = await tx.listingImage.create({
        data: {
          listingId,
          position: count,
          storageKey,
          contentType: image.contentType,
          byteSize: image.original.byteLength,
          width: image.width,
          height: image.height,
          alt: mergeAlt({}, alt),
        },
      });
      await recordAudit(tx, {
        actor: auditActorOf(actor),
        action: "listing.image_added",
        targetType: "Listing",
        targetId: listingId,
        organizationId: current.supplierId,
        data: { imageId: row.id, position: row.position, contentType: row.contentType, width: row.width, height: row.height, byteSize: row.byteSize },
        ip: options.ip,
      });
      await reviewAgainIfPublished(tx, current, auditActorOf(actor), "image_added");
      return toListingImageJson(row);
    });
  } catch (error) {
    await storage.delete(storageKey).catch((cleanup: unknown) => console.error(`[images] could not delete ${storageKey} after a failed upload`, cleanup));
    throw error;
  }
}
