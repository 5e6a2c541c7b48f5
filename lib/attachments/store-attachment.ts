import "server-only";
import { randomUUID } from "node:crypto";
import type { Actor } from "@/lib/auth/actor";
import { auditActorOf, recordAudit } from "@/lib/audit/record-audit";
import type { Db } from "@/lib/db/create-client";
import { env } from "@/lib/env/server";
import { AppError } from "@/lib/errors/app-error";
import { fileStorage } from "@/lib/storage/file-storage";
import type { FileStorage } from "@/lib/storage/types";
import { toAttachmentJson, type AttachmentJson } from "./attachment-json";
import { sanitizeFileName } from "./sanitize-file-name";
import { sniffAttachmentType } from "./sniff-attachment-type";

export type StoreAttachmentOptions = {
  ip?: string;
  /** Defaults to the process's storage and UPLOAD_MAX_ATTACHMENT_MB; tests pass their own. */
  storage?: FileStorage;
  maxBytes?: number;
};

const invalidFile = (key: string) => new AppError("VALIDATION_FAILED", key, { fields: { file: `field.${key}` } });

/**
 * Keeps an uploaded file as an attachment of the actor's organization, not yet linked to
 * anything: an RFQ, quote revision, message or order claims it later (`claimAttachments`).
 * The bytes are written first, under a key with a fresh UUID that nobody can guess and that
 * the public media route never serves, then the row; a failed row deletes the file again,
 * so neither is ever left without the other.
 */
export async function storeAttachment(client: Db, actor: Actor, file: Blob | null | undefined, options: StoreAttachmentOptions = {}): Promise<AttachmentJson> {
  // Trade-hub staff read attachments but have no RFQ, quote or order to put one on.
  if (actor.organization.type !== "BUYER" && actor.organization.type !== "SUPPLIER") throw new AppError("FORBIDDEN", "Only buyers and suppliers upload attachments");
  if (!file || file.size === 0) throw invalidFile("file_required");
  const maxBytes = options.maxBytes ?? env().UPLOAD_MAX_ATTACHMENT_MB * 1024 * 1024;
  if (file.size > maxBytes) throw invalidFile("file_too_large");

  const bytes = new Uint8Array(await file.arrayBuffer());
  const uploadedName = typeof (file as Partial<File>).name === "string" ? (file as File).name : "";
  const contentType = sniffAttachmentType(bytes, uploadedName);
  const fileName = sanitizeFileName(uploadedName, contentType);

  const organizationId = actor.organization.id;
  const storage = options.storage ?? fileStorage();
  // No extension: storage serves extension-less keys as octet-stream, and the sniffed type
  // lives on the row, which is what the download route sends.
  const storageKey = `attachments/${organizationId}/${randomUUID()}`;
  await storage.put(storageKey, bytes, "application/octet-stream");
  try {
    return await client.$transaction(async (tx) => {
      const row = await tx.attachment.create({ data: { organizationId, uploadedById: actor.userId, storageKey, fileName, contentType, byteSize: bytes.byteLength } });
      await recordAudit(tx, {
        actor: auditActorOf(actor),
        action: "attachment.uploaded",
        targetType: "Attachment",
        targetId: row.id,
        organizationId,
        data: { fileName, contentType, byteSize: row.byteSize },
        ip: options.ip,
      });
      return toAttachmentJson(row);
    });
  } catch (error) {
    await storage.delete(storageKey).catch((cleanup: unknown) => console.error(`[attachments] could not delete ${storageKey} after a failed upload`, cleanup));
    throw error;
  }
}
