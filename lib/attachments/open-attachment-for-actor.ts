import "server-only";
import type { Actor } from "@/lib/auth/actor";
import type { Db } from "@/lib/db/create-client";
import { AppError } from "@/lib/errors/app-error";
import { fileStorage } from "@/lib/storage/file-storage";
import type { FileStorage, StoredFile } from "@/lib/storage/types";
import { toAttachmentJson, type AttachmentJson } from "./attachment-json";
import { findReadableAttachment } from "./find-readable-attachment";

/** An attachment the actor may read, with a stream of its bytes; NOT_FOUND otherwise. */
export async function openAttachmentForActor(client: Db, actor: Actor, attachmentId: string, options: { storage?: FileStorage } = {}): Promise<{ attachment: AttachmentJson; file: StoredFile }> {
  const row = await findReadableAttachment(client, actor, attachmentId);
  if (!row) throw new AppError("NOT_FOUND", "Attachment not found");
  const file = await (options.storage ?? fileStorage()).get(row.storageKey);
  if (!file) {
    // A row without its file is a storage fault (restored database, lost volume), not the user's.
    console.error(`[attachments] ${row.id} has no file at ${row.storageKey}`);
    throw new AppError("NOT_FOUND", "Attachment not found");
  }
  return { attachment: toAttachmentJson(row), file };
}
