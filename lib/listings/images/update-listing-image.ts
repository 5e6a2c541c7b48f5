import type { Actor } from "@/lib/auth/actor";
import { auditActorOf, recordAudit } from "@/lib/audit/record-audit";
import type { LocalizedText } from "@/lib/catalog/listing-fields";
import type { Db } from "@/lib/db/create-client";
import { AppError } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/errors/validation";
import { lockOwnListing } from "../lock-own-listing";
import { imagePatchSchema, mergeAlt } from "./image-input";
import { toListingImageJson, type ListingImageJson } from "./listing-image-json";

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A supplier changes a photo's alt text (per locale; an empty text clears that locale) or
 * moves it to another place (0 = first, the one search results show). Neither sends the
 * listing back to review: the photos themselves were already checked.
 */
export async function updateListingImage(client: Db, actor: Actor, listingId: string, imageId: string, rawInput: unknown, options: { ip?: string } = {}): Promise<ListingImageJson> {
  const input = parseInput(imagePatchSchema, rawInput);
  return client.$transaction(async (tx) => {
    const listing = await lockOwnListing(tx, actor, listingId);
    if (listing.status === "ARCHIVED") throw new AppError("CONFLICT", "Archived listing", { messageKey: "listing.archived_not_editable" });
    const image = uuid.test(imageId) ? await tx.listingImage.findFirst({ where: { id: imageId, listingId } }) : null;
    if (!image) throw new AppError("NOT_FOUND", "Image not found");

    const changed: { alt?: { locales: string[] }; position?: { from: number; to: number } } = {};
    const alt = mergeAlt((image.alt ?? {}) as LocalizedText, input.alt);
    if (JSON.stringify(alt) !== JSON.stringify(image.alt ?? {})) changed.alt = { locales: Object.keys(input.alt ?? {}) };

    let position = image.position;
    if (input.position !== undefined) {
      const last = (await tx.listingImage.count({ where: { listingId } })) - 1;
      position = Math.min(input.position, last);
      if (position < image.position) {
        await tx.listingImage.updateMany({ where: { listingId, position: { gte: position, lt: image.position } }, data: { position: { increment: 1 } } });
      } else if (position > image.position) {
        await tx.listingImage.updateMany({ where: { listingId, position: { gt: image.position, lte: position } }, data: { position: { decrement: 1 } } });
      }
      if (position !== image.position) changed.position = { from: image.position, to: position };
    }
    if (!Object.keys(changed).length) return toListingImageJson(image);

    const row = await tx.listingImage.update({ where: { id: image.id }, data: { alt, position } });
    await recordAudit(tx, {
      actor: auditActorOf(actor),
      action: "listing.image_updated",
      targetType: "Listing",
      targetId: listingId,
      organizationId: listing.supplierId,
      data: { imageId: image.id, ...changed },
      ip: options.ip,
    });
    return toListingImageJson(row);
  });
}
