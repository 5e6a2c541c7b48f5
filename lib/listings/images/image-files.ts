/**
 * How a listing image is stored. Each upload gets its own folder `listings/<listingId>/<uuid>`
 * (the row's `storageKey`, unguessable and never reused) holding the normalized original in
 * its own format and two WebP variants. Files never change, so every URL can be cached forever.
 */
export const imageExtensions = { "image/jpeg": "jpg", "image/png": "png", "image/webp": "webp" } as const;
export type ImageContentType = keyof typeof imageExtensions;

/** Width in pixels of each resized variant; smaller originals are not enlarged. */
export const imageVariants = { thumb: 320, large: 1280 } as const;
export type ImageVariant = keyof typeof imageVariants;

export const imageLimits = {
  /** Both sides at least this many pixels (after EXIF rotation). */
  minSide: 200,
  perListing: 10,
  /** Refused before decoding: a small file can declare a huge canvas (a "decompression bomb"). */
  maxPixels: 50_000_000,
  altMaxLength: 200,
} as const;

export function originalFileName(contentType: ImageContentType): string {
  return `original.${imageExtensions[contentType]}`;
}

export function variantFileName(variant: ImageVariant): string {
  return `${variant}.webp`;
}

/** The pixel size of a variant, as sharp computes it — for `width`/`height` attributes without reading the file. */
export function variantSize(original: { width: number; height: number }, variant: ImageVariant): { width: number; height: number } {
  const width = Math.min(original.width, imageVariants[variant]);
  return { width, height: Math.max(1, Math.round((original.height * width) / original.width)) };
}

export function isImageContentType(value: string): value is ImageContentType {
  return Object.hasOwn(imageExtensions, value);
}
