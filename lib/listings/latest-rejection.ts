import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/create-client";
import { isRejectionReasonCode, type RejectionReasonCode } from "./rejection-reasons";

export type Rejection = { reasonCode: RejectionReasonCode; note: string | null; rejectedAt: Date };

/**
 * Why one of the supplier's own listings was last rejected, as a reason code the console
 * shows in the reader's language plus the moderator's note. Listing has no column for the
 * code (rejectionReason is text for API clients), so it is read from the rejection's audit
 * event, which is written in the same transaction as the rejection and never changes.
 * Rejections from before reason codes read as "other" with their text as the note.
 */
export async function latestRejection(client: Db, actor: Actor, listingId: string): Promise<Rejection | null> {
  authorize(actor, "listings:manage", { organizationId: actor.organization.id });
  const event = await client.auditEvent.findFirst({
    // Scoped to the actor's organization: another supplier's listing has no events here.
    where: { targetType: "Listing", targetId: listingId, action: "listing.rejected", organizationId: actor.organization.id },
    orderBy: { id: "desc" },
    select: { data: true, occurredAt: true },
  });
  if (!event) return null;
  const data = (event.data ?? {}) as { reasonCode?: unknown; reason?: unknown };
  return {
    reasonCode: isRejectionReasonCode(data.reasonCode) ? data.reasonCode : "other",
    note: typeof data.reason === "string" && data.reason ? data.reason : null,
    rejectedAt: event.occurredAt,
  };
}
