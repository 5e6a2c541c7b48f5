import { authenticatedRoute } from "@/lib/api/handler";
import { attachmentDownloadResponse } from "@/lib/attachments/attachment-download-response";
import { openAttachmentForActor } from "@/lib/attachments/open-attachment-for-actor";
import { db } from "@/lib/db/client";

// GET /api/v1/attachments/:id – download an attachment; 404 unless the caller's company uploaded it or may see what it is attached to.
export const GET = authenticatedRoute<{ id: string }>(async ({ actor, params }) => {
  return attachmentDownloadResponse(await openAttachmentForActor(db(), actor, params.id));
});
