import type { Actor } from "@/lib/auth/actor";
import type { Db, Tx } from "@/lib/db/create-client";
import { AppError } from "@/lib/errors/app-error";
import { toAttachmentJson, type AttachmentJson } from "./attachment-json";
import { findReadableAttachment } from "./find-readable-attachment";

/** An attachment's metadata, or NOT_FOUND — also when it exists but the actor may not read it, so IDs are never confirmed. */
export async function getAttachmentForActor(client: Db | Tx, actor: Actor, attachmentId: string): Promise<AttachmentJson> {
  const row = await findReadableAttachment(client, actor, attachmentId);
  if (!row) throw new AppError("NOT_FOUND", "Attachment not found");
  return toAttachmentJson(row);
}
