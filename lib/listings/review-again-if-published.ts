import { recordAudit, type AuditActor } from "@/lib/audit/record-audit";
import type { Tx } from "@/lib/db/create-client";
import type { ListingStatus } from "@/lib/db/generated/enums.ts";
import { queueSearchUpdate } from "@/lib/search/outbox-topics";

/**
 * A published listing whose reviewed content changed (text, category, HS code, images…) goes
 * back to the review queue and leaves search until approved again (ADR 0007). Other states
 * are left alone: a draft is still a draft, a rejected listing waits for its resubmission.
 * Returns the status the listing has afterwards. Call inside the transaction of the change.
 */
export async function reviewAgainIfPublished(tx: Tx, listing: { id: string; status: ListingStatus; supplierId: string }, actor: AuditActor, reason: string): Promise<ListingStatus> {
  if (listing.status !== "PUBLISHED") return listing.status;
  await tx.listing.update({ where: { id: listing.id }, data: { status: "PENDING_REVIEW", submittedAt: new Date() }, select: { id: true } });
  await recordAudit(tx, {
    actor,
    action: "listing.resubmitted",
    targetType: "Listing",
    targetId: listing.id,
    organizationId: listing.supplierId,
    data: { from: "PUBLISHED", to: "PENDING_REVIEW", reason },
  });
  await queueSearchUpdate(tx, [listing.id]);
  return "PENDING_REVIEW";
}
