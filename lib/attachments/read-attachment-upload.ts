import "server-only";
import { env } from "@/lib/env/server";
import { readImageUpload } from "@/lib/listings/images/read-image-upload";

/**
 * The `file` of a multipart upload to POST /api/v1/attachments. Shares the image upload's
 * reader, which refuses a body over the limit while it streams in (by Content-Length when
 * sent, else by counting) — a 50 MB drawing is never held in memory whole.
 */
export async function readAttachmentUpload(request: Request, maxBytes = env().UPLOAD_MAX_ATTACHMENT_MB * 1024 * 1024): Promise<Blob | null | undefined> {
  return (await readImageUpload(request, maxBytes)).file;
}
