import type { Actor } from "@/lib/auth/actor";
import type { Tx } from "@/lib/db/create-client";
import { AppError } from "@/lib/errors/app-error";
import type { VerificationInput } from "./verification-input";
import { documentRules } from "./verification-rules";

type Document = VerificationInput["documents"][number];

const refused = (kind: string, key: string) => new AppError("VALIDATION_FAILED", "Documents cannot be used", { fields: { [`documents.${kind}`]: `verification:errors.${key}` } });

/**
 * Inside the submission's transaction: checks that each file is an upload of the actor's own
 * organization that is either new or already one of its earlier verification documents (a
 * resubmission keeps the licence the supplier sent last time), never a file on an RFQ, quote,
 * message, order or dispute — those are readable by other companies. Each kind must be of its
 * allowed types (sniffed from the bytes at upload, not taken from the name). A foreign or
 * unknown ID gets the same answer as a file in use elsewhere, so no ID is confirmed. The rows
 * stay locked until the transaction ends.
 */
export async function claimVerificationDocuments(tx: Tx, actor: Actor, documents: readonly Document[]): Promise<Document[]> {
  if (!documents.length) return [];
  const ids = documents.map((document) => document.attachmentId.toLowerCase());
  // Sorted, so two submissions over overlapping sets lock in the same order.
  const locked = await tx.$queryRaw<{ id: string; contentType: string }[]>`
    SELECT id::text AS id, "contentType" FROM "Attachment" WHERE id = ANY(${[...ids].sort()}::uuid[]) AND "organizationId" = ${actor.organization.id}::uuid ORDER BY id FOR UPDATE`;
  const types = new Map(locked.map((row) => [row.id, row.contentType]));
  const inUse = await tx.attachment.findMany({
    where: { id: { in: ids }, OR: [{ rfqs: { some: {} } }, { quotes: { some: {} } }, { messages: { some: {} } }, { orderDocs: { some: {} } }, { disputeFiles: { some: {} } }] },
    select: { id: true },
  });
  const unavailable = new Set(inUse.map((row) => row.id));
  return documents.map((document) => {
    const id = document.attachmentId.toLowerCase();
    const contentType = types.get(id);
    if (contentType === undefined || unavailable.has(id)) throw refused(document.kind, "document_unavailable");
    if (!documentRules[document.kind].types.some((type) => type === contentType)) throw refused(document.kind, document.kind === "FACTORY_PHOTO" ? "photo_type" : "document_type");
    return { kind: document.kind, attachmentId: id };
  });
}
