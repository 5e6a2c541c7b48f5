import type { LocalizedText } from "@/lib/catalog/listing-fields";
import { mediaUrl } from "@/lib/storage/media-url";
import { isImageContentType, originalFileName, variantSize } from "./image-files";
import { listingImageUrl } from "./listing-image-url";

export type ListingImageJson = {
  id: string;
  position: number;
  width: number;
  height: number;
  contentType: string;
  byteSize: number;
  alt: LocalizedText;
  thumbUrl: string;
  largeUrl: string;
  originalUrl: string;
  thumb: { width: number; height: number };
  large: { width: number; height: number };
  createdAt: string;
};

type Row = { id: string; position: number; storageKey: string; contentType: string; byteSize: number; width: number; height: number; alt: unknown; createdAt: Date };

/** One image as the REST API and the console editor see it: sizes, alt text per locale and its URLs. */
export function toListingImageJson(row: Row): ListingImageJson {
  const original = isImageContentType(row.contentType) ? originalFileName(row.contentType) : "original";
  return {
    id: row.id,
    position: row.position,
    width: row.width,
    height: row.height,
    contentType: row.contentType,
    byteSize: row.byteSize,
    alt: (row.alt ?? {}) as LocalizedText,
    thumbUrl: listingImageUrl(row.storageKey, "thumb"),
    largeUrl: listingImageUrl(row.storageKey, "large"),
    originalUrl: mediaUrl(`${row.storageKey}/${original}`),
    thumb: variantSize(row, "thumb"),
    large: variantSize(row, "large"),
    createdAt: row.createdAt.toISOString(),
  };
}
