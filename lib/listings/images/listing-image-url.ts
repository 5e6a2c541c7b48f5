import { mediaUrl } from "@/lib/storage/media-url";
import { variantFileName, type ImageVariant } from "./image-files";

/** `/media/listings/<listingId>/<uuid>/thumb.webp` — immutable, so cacheable forever. */
export function listingImageUrl(storageKey: string, variant: ImageVariant): string {
  return mediaUrl(`${storageKey}/${variantFileName(variant)}`);
}
