import type { Tx } from "@/lib/db/create-client";

/**
 * Gives a duplicated listing the same photos, in the same order. The rows share the stored
 * files (they never change); `removeListingImage` deletes files only once no row uses them.
 * Call in the duplicating transaction with the source listing locked (`lockOwnListing`), so
 * no photo is removed from it halfway through. Returns the number of photos copied.
 */
export async function copyListingImages(tx: Tx, fromListingId: string, toListingId: string): Promise<number> {
  const images = await tx.listingImage.findMany({ where: { listingId: fromListingId }, orderBy: { position: "asc" } });
  if (!images.length) return 0;
  await tx.listingImage.createMany({
    data: images.map((image, index) => ({
      listingId: toListingId,
      position: index,
      storageKey: image.storageKey,
      contentType: image.contentType,
      byteSize: image.byteSize,
      width: image.width,
      height: image.height,
      alt: image.alt ?? {},
    })),
  });
  return images.length;
}
