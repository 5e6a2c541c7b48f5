import sharp, { type Metadata, type Sharp } from "sharp";
import { AppError } from "@/lib/errors/app-error";
import { imageLimits, imageVariants, type ImageContentType, type ImageVariant } from "./image-files";
import { sniffImageType } from "./sniff-image-type";

export type ProcessedImage = {
  contentType: ImageContentType;
  /** Size of the original after EXIF rotation. */
  width: number;
  height: number;
  /** The original, rotated upright and without metadata (EXIF with GPS position, camera serial…), in its own format. */
  original: Buffer;
  variants: Record<ImageVariant, { bytes: Buffer; width: number; height: number }>;
};

const invalid = (key: string) => new AppError("VALIDATION_FAILED", key, { fields: { file: `field.${key}` } });

function encodeOriginal(image: Sharp, contentType: ImageContentType): Sharp {
  if (contentType === "image/jpeg") return image.jpeg({ quality: 90, mozjpeg: true });
  if (contentType === "image/png") return image.png();
  return image.webp({ quality: 90 });
}

/**
 * Checks and converts an uploaded image: the type by magic bytes, the size from the header
 * before any pixel is decoded, then one decode producing the upright, metadata-free original
 * and the WebP variants. Sharp drops all metadata unless asked to keep it.
 */
export async function processImage(bytes: Uint8Array): Promise<ProcessedImage> {
  const contentType = sniffImageType(bytes);
  if (!contentType) throw invalid("image_type_unsupported");

  let header: Metadata;
  try {
    header = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch {
    throw invalid("image_unreadable");
  }
  if (header.format !== contentType.slice("image/".length)) throw invalid("image_unreadable");
  if (header.width * header.height > imageLimits.maxPixels) throw invalid("file_too_large");
  const { width, height } = header.autoOrient;
  if (width < imageLimits.minSide || height < imageLimits.minSide) throw invalid("image_too_small");

  // failOn "error" also rejects truncated data, but tolerates the harmless warnings many
  // phone and scanner JPEGs trigger.
  const decoded = sharp(bytes, { failOn: "error", limitInputPixels: imageLimits.maxPixels, autoOrient: true });
  const resized = (variant: ImageVariant) =>
    decoded.clone().resize({ width: imageVariants[variant], withoutEnlargement: true }).webp({ quality: 80 }).toBuffer({ resolveWithObject: true });
  try {
    const [original, thumb, large] = await Promise.all([encodeOriginal(decoded.clone(), contentType).toBuffer({ resolveWithObject: true }), resized("thumb"), resized("large")]);
    return {
      contentType,
      width: original.info.width,
      height: original.info.height,
      original: original.data,
      variants: {
        thumb: { bytes: thumb.data, width: thumb.info.width, height: thumb.info.height },
        large: { bytes: large.data, width: large.info.width, height: large.info.height },
      },
    };
  } catch {
    throw invalid("image_unreadable");
  }
}
