import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { auditActorOf, recordAudit } from "@/lib/audit/record-audit";
import type { Db } from "@/lib/db/create-client";
import type { ListingStatus } from "@/lib/db/generated/enums.ts";
import { AppError } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/errors/validation";
import { queueSearchUpdate } from "@/lib/search/outbox-topics";
import { lockListingForReview } from "./lock-own-listing";

export const reviewDecisionSchema = z.discriminatedUnion("decision", [
  z.object({ decision: z.literal("approve") }),
  z.object({
    decision: z.literal("reject"),
    reason: z.string({ error: "reason_required" }).trim().min(3, { error: "reason_required" }).max(1000, { error: "too_long" }),
  }),
]);

export type ReviewDecision = z.infer<typeof reviewDecisionSchema>;

/**
 * Hub staff decide on a listing waiting for review: approve (it becomes searchable) or reject
 * with a reason the supplier sees. Only PENDING_REVIEW listings can be decided; a decision
 * racing a withdrawal or another moderator gets a CONFLICT and changes nothing.
 */
export async function reviewListing(client: Db, actor: Actor, listingId: string, rawDecision: unknown, context: { ip?: string } = {}): Promise<{ id: string; status: ListingStatus }> {
  const decision = parseInput(reviewDecisionSchema, rawDecision);
  return client.$transaction(async (tx) => {
    const listing = await lockListingForReview(tx, actor, listingId);
    if (listing.status !== "PENDING_REVIEW") throw new AppError("CONFLICT", `Listing is ${listing.status}`, { messageKey: "listing.wrong_status" });
    const status = decision.decision === "approve" ? "PUBLISHED" : "REJECTED";
    await tx.listing.update({
      where: { id: listing.id },
      data:
        decision.decision === "approve"
          ? { status, rejectionReason: null, publishedAt: listing.publishedAt ?? new Date() }
          : { status, rejectionReason: decision.reason },
      select: { id: true },
    });
    await recordAudit(tx, {
      actor: auditActorOf(actor),
      action: decision.decision === "approve" ? "listing.approved" : "listing.rejected",
      targetType: "Listing",
      targetId: listing.id,
      organizationId: listing.supplierId,
      data: { sku: listing.sku, ...(decision.decision === "reject" ? { reason: decision.reason } : {}) },
      ip: context.ip,
    });
    await queueSearchUpdate(tx, [listing.id]);
    return { id: listing.id, status };
  });
}
