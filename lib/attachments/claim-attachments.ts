import type { Actor } from "@/lib/auth/actor";
import type { Tx } from "@/lib/db/create-client";
import { AppError } from "@/lib/errors/app-error";
import { attachmentLimits } from "./attachment-types";

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const invalid = (key: string) => new AppError("VALIDATION_FAILED", "Attachments cannot be linked", { fields: { attachments: `field.${key}` } });

/**
 * For the services that link uploads (RFQ, quote revision, message, order document, company
 * verification, dispute evidence), inside
 * their transaction: checks that each ID is an upload of the actor's own organization that
 * nothing links yet, and returns the IDs (deduplicated, in the order given) for the caller to
 * create its join rows with. Anything else — malformed, unknown, another company's, already
 * on an RFQ — is the same VALIDATION_FAILED on `attachments`, so a foreign ID's existence is
 * not revealed.
 *
 * The rows stay locked until the transaction ends: of two requests claiming the same upload
 * at once, the second waits and then sees the first one's link.
 */
export async function claimAttachments(tx: Tx, actor: Actor, ids: readonly string[]): Promise<string[]> {
  const unique = [...new Set(ids.map((id) => String(id).toLowerCase()))];
  if (unique.length > attachmentLimits.perLink) throw invalid("too_many_attachments");
  if (!unique.length) return [];
  if (!unique.every((id) => uuid.test(id))) throw invalid("invalid");
  // Sorted, so two claims over overlapping sets lock in the same order and cannot deadlock.
  const locked = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Attachment" WHERE id = ANY(${[...unique].sort()}::uuid[]) AND "organizationId" = ${actor.organization.id}::uuid ORDER BY id FOR UPDATE`;
  if (locked.length !== unique.length) throw invalid("invalid");
  const linked = await tx.attachment.count({
    where: { id: { in: unique }, OR: [{ rfqs: { some: {} } }, { quotes: { some: {} } }, { messages: { some: {} } }, { orderDocs: { some: {} } }, { verificationDocs: { some: {} } }, { disputeFiles: { some: {} } }] },
  });
  if (linked) throw invalid("invalid");
  return unique;
}
