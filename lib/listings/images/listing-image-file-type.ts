import { isImageContentType, type ImageContentType } from "./image-files";

const uuid = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
const file = new RegExp(`^listings/${uuid}/${uuid}/(?:original\\.(jpg|png|webp)|(thumb|large)\\.webp)$`);
const byExtension: Record<string, string> = { jpg: "image/jpeg", png: "image/png", webp: "image/webp" };

/** The content type of a stored listing-image file (original or variant), or null when `key` is not one. */
export function listingImageFileType(key: string): ImageContentType | null {
  const match = file.exec(key);
  if (!match) return null;
  const type = byExtension[match[1] ?? "webp"] ?? "";
  return isImageContentType(type) ? type : null;
}
