import type { Actor } from "@/lib/auth/actor";
import type { Db, Tx } from "@/lib/db/create-client";
import type { Prisma } from "@/lib/db/generated/client.ts";

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Who may read an attachment, as a condition on it: the uploading organization, and whoever
 * may see what it is linked to —
 * - on an RFQ: its buyer and every supplier the RFQ was sent to;
 * - on a quote revision or negotiation message: the RFQ's buyer and that quote's supplier
 *   only, never the other suppliers bidding on the same RFQ;
 * - on an order, or as evidence in a dispute on it: the order's buyer and supplier.
 * A company document on a verification request is narrower still: only the uploading
 * organization's admins (supplier_admin) read it — not its other members, and not whoever an
 * RFQ, quote or order the same file was also put on would otherwise let in. It holds the
 * legal representative's details and the factory's premises, which only the company's
 * admins and hub staff need.
 */
function readableBy(actor: Actor): Prisma.AttachmentWhereInput {
  const organizationId = actor.organization.id;
  const quoteParty: Prisma.QuoteWhereInput = { OR: [{ supplierId: organizationId }, { rfq: { buyerId: organizationId } }] };
  const notVerificationDocument: Prisma.AttachmentWhereInput = { verificationDocs: { none: {} } };
  const verificationRule = actor.roles.includes("supplier_admin") ? { OR: [notVerificationDocument, { organizationId }] } : notVerificationDocument;
  return {
    AND: [verificationRule],
    OR: [
      { organizationId },
      { rfqs: { some: { rfq: { OR: [{ buyerId: organizationId }, { recipients: { some: { supplierId: organizationId } } }] } } } },
      { quotes: { some: { revision: { quote: quoteParty } } } },
      { messages: { some: { message: { quote: quoteParty } } } },
      { orderDocs: { some: { order: { OR: [{ buyerId: organizationId }, { supplierId: organizationId }] } } } },
      { disputeFiles: { some: { dispute: { order: { OR: [{ buyerId: organizationId }, { supplierId: organizationId }] } } } } },
    ],
  };
}

/**
 * The attachment with its storage key if the actor may read it, else null — the same null
 * for "no such ID" and "not yours", checked in one query. Trade-hub staff read every
 * attachment (disputes, document checks). For lib/attachments only: callers outside get
 * `canReadAttachment` or `getAttachmentForActor`, which never hand out the storage key.
 */
export async function findReadableAttachment(client: Db | Tx, actor: Actor, attachmentId: string) {
  if (!uuid.test(attachmentId)) return null;
  const hubStaff = actor.organization.type === "HUB";
  return client.attachment.findFirst({
    where: { id: attachmentId, ...(hubStaff ? {} : readableBy(actor)) },
    select: { id: true, storageKey: true, fileName: true, contentType: true, byteSize: true, createdAt: true },
  });
}
