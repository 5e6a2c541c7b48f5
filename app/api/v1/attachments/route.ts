import { authenticatedRoute } from "@/lib/api/handler";
import { readAttachmentUpload } from "@/lib/attachments/read-attachment-upload";
import { storeAttachment } from "@/lib/attachments/store-attachment";
import { clientIp } from "@/lib/auth/client-ip";
import { db } from "@/lib/db/client";

// POST /api/v1/attachments – upload a file (multipart `file`) to attach to an RFQ, quote, message or order afterwards.
export const POST = authenticatedRoute(async ({ request, actor }) => {
  const attachment = await storeAttachment(db(), actor, await readAttachmentUpload(request), { ip: clientIp(request.headers) });
  return Response.json(attachment, { status: 201, headers: { Location: attachment.url } });
});
