import type { StoredFile } from "@/lib/storage/types";
import type { AttachmentJson } from "./attachment-json";
import { contentDisposition } from "./content-disposition";

/**
 * The download of an attachment. Always as a download, never shown inline, with the type its
 * bytes were sniffed as, and sandboxed: whatever the file holds cannot run as this site.
 * Private and never cached, since who may read it can change (a supplier removed from an RFQ).
 */
export function attachmentDownloadResponse({ attachment, file }: { attachment: AttachmentJson; file: StoredFile }): Response {
  const contentType = attachment.contentType.startsWith("text/") ? `${attachment.contentType}; charset=utf-8` : attachment.contentType;
  return new Response(file.body, {
    headers: {
      "Content-Type": contentType,
      "Content-Length": String(file.byteSize),
      "Content-Disposition": contentDisposition(attachment.fileName),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
      "Content-Security-Policy": "default-src 'none'; sandbox",
    },
  });
}
