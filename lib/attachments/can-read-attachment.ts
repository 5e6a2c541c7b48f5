import type { Actor } from "@/lib/auth/actor";
import type { Db, Tx } from "@/lib/db/create-client";
import { findReadableAttachment } from "./find-readable-attachment";

/** Whether the actor may download the attachment; false for an unknown ID too. */
export async function canReadAttachment(client: Db | Tx, actor: Actor, attachmentId: string): Promise<boolean> {
  return (await findReadableAttachment(client, actor, attachmentId)) !== null;
}
