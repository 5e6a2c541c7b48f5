import { z } from "zod";
import { attachmentLimits, attachmentTypes } from "@/lib/attachments/attachment-types";
import type { ApiOperation } from "../types";

const attachmentIdParams = z.object({ id: z.uuid().meta({ description: "Attachment ID, as returned by the upload.", examples: ["5b0e7c2a-9d41-4f6e-8a3b-2c1d0e9f8a7b"] }) });
const attachmentUploadSchema = z.object({
  file: z.file().meta({ description: "The file: PDF, JPEG, PNG, WebP, Word, Excel, PowerPoint, DWG, DXF, ZIP, plain text or CSV." }),
});

export const attachmentOperations: ApiOperation[] = [
  {
    operationId: "uploadAttachment",
    method: "post",
    path: "/api/v1/attachments",
    tag: "Attachments",
    summary: "Upload a file to attach",
    description: `multipart/form-data with the file in \`file\`, at most UPLOAD_MAX_ATTACHMENT_MB megabytes (20 unless the operator changed it). The type is read from the file's bytes: PDF, JPEG, PNG, WebP, .docx/.xlsx/.pptx, .doc/.xls, DWG, DXF, ZIP, UTF-8 .txt or .csv; anything else is refused. A name whose extension does not match the bytes gets the right one. The upload is visible only to your company until an RFQ, quote revision, message or order document names its ID (at most ${attachmentLimits.perLink} per item; each upload can be attached once). Open to buyer and supplier accounts.`,
    auth: "required",
    body: { contentType: "multipart/form-data", component: "AttachmentUpload", schema: attachmentUploadSchema, example: { file: "@drawing.pdf" } },
    success: [{ status: 201, description: "The stored file and its download URL.", body: "Attachment", headers: { Location: "Download URL of the file." } }],
    errors: ["UNAUTHENTICATED", "FORBIDDEN", "VALIDATION_FAILED", "INTERNAL"],
  },
  {
    operationId: "getAttachment",
    method: "get",
    path: "/api/v1/attachments/{id}",
    tag: "Attachments",
    summary: "Download an attachment",
    description:
      "Sent as a download (Content-Disposition: attachment, the name in filename* as UTF-8), never cached. Readable by the company that uploaded it, by the buyer of the RFQ it is attached to and the suppliers it was sent to, by the buyer and that quote's supplier for a quote or negotiation message, by the buyer and supplier of the order for an order document, and by trade-hub staff. Everyone else gets 404, as for an ID that does not exist.",
    auth: "required",
    pathParams: attachmentIdParams,
    success: [{ status: 200, description: "The file's bytes.", body: { files: Object.keys(attachmentTypes) }, headers: { "Content-Disposition": "attachment; filename=\"…\"; filename*=UTF-8''…" } }],
    errors: ["UNAUTHENTICATED", "NOT_FOUND", "INTERNAL"],
  },
];
