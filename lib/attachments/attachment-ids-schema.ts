import { z } from "zod";
import { attachmentLimits } from "./attachment-types";

/**
 * The `attachments` field of an RFQ, quote revision, message or order-document input: IDs as
 * returned by POST /api/v1/attachments. Shape only; `claimAttachments` checks ownership.
 */
export const attachmentIdsSchema = z.array(z.uuid({ error: "invalid" })).max(attachmentLimits.perLink, { error: "too_many_attachments" });
