import "server-only";
import { fileStorage } from "@/lib/storage/file-storage";
import type { StoredFile } from "@/lib/storage/types";
import { listingImageFileType } from "./listing-image-file-type";

/**
 * A stored listing-image file for the public media route, or null. Only keys shaped like a
 * listing image's files are looked up at all: other files kept in the same storage (catalog
 * uploads, future documents) must never become public by guessing their key.
 */
export async function readListingImageFile(key: string): Promise<StoredFile | null> {
  const contentType = listingImageFileType(key);
  if (!contentType) return null;
  const file = await fileStorage().get(key);
  return file ? { ...file, contentType } : null;
}
