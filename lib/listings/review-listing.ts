import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/permissions";
import { auditActorOf, recordAudit } from "@/lib/audit/record-audit";
import { pickLocalized } from "@/lib/catalog/localized-text";
import type { Db, Tx } from "@/lib/db/create-client";
import type { ListingStatus } from "@/lib/db/generated/enums.ts";
import { AppError } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/errors/validation";
import { notificationT } from "@/lib/notify/notification-text";
import { notify } from "@/lib/notify/notify";
import { queueSearchUpdate } from "@/lib/search/outbox-topics";
import { recordApproval } from "./listing-snapshot";
import { lockListingForReview } from "./lock-own-listing";
import { rejectionReasonCodes, type RejectionReasonCode } from "./rejection-reasons";

/**
 * A rejection carries a reason code, which the supplier reads in their own language, and a
 * note in the moderator's words. The note is required for "other" (the code alone says
 * nothing); without a code the reason is "other", so a plain `{ reason }` still works.
 */
export const reviewDecisionSchema = z
  .discriminatedUnion("decision", [
    z.object({ decision: z.literal("approve") }),
    z.object({
      decision: z.literal("reject"),
      reasonCode: z.enum(rejectionReasonCodes, { error: "reason_code_required" }).default("other"),
      reason: z.string({ error: "reason_required" }).trim().max(1000, { error: "too_long" }).optional(),
    }),
  ])
  .superRefine((value, context) => {
    if (value.decision !== "reject") return;
    const note = value.reason ?? "";
    if (value.reasonCode === "other" && note.length < 3) context.addIssue({ code: "custom", path: ["reason"], message: "reason_required" });
    else if (note.length > 0 && note.length < 3) context.addIssue({ code: "custom", path: ["reason"], message: "too_short" });
  });

export type ReviewDecision = z.infer<typeof reviewDecisionSchema>;

export type ReviewOutcome = { id: string; status: ListingStatus };

/**
 * Hub staff decide on a listing waiting for review: approve (it becomes searchable) or reject
 * with a reason the supplier sees. Only PENDING_REVIEW listings can be decided; a decision
 * racing a withdrawal or another moderator gets a CONFLICT and changes nothing.
 */
export async function reviewListing(client: Db, actor: Actor, listingId: string, rawDecision: unknown, context: { ip?: string } = {}): Promise<ReviewOutcome> {
  authorize(actor, "listings:review");
  return decideListing(client, actor, listingId, parseInput(reviewDecisionSchema, rawDecision), context);
}

/**
 * One decision in its own transaction, under the listing's row lock (bulk decisions call it
 * once per listing). Approving records what was approved (ListingApproval) so the next review
 * shows what changed since; both outcomes tell the supplier's people in their language.
 */
export async function decideListing(client: Db, actor: Actor, listingId: string, decision: ReviewDecision, context: { ip?: string } = {}): Promise<ReviewOutcome> {
  return client.$transaction(async (tx) => {
    const listing = await lockListingForReview(tx, actor, listingId);
    if (listing.status !== "PENDING_REVIEW") throw new AppError("CONFLICT", `Listing is ${listing.status}`, { messageKey: "listing.wrong_status" });
    const outcome = decision.decision === "approve" ? await approve(tx, actor, listing) : await reject(tx, listing, decision.reasonCode, decision.reason || null);
    await recordAudit(tx, {
      actor: auditActorOf(actor),
      action: outcome.status === "PUBLISHED" ? "listing.approved" : "listing.rejected",
      targetType: "Listing",
      targetId: listing.id,
      organizationId: listing.supplierId,
      data: { sku: listing.sku, ...outcome.audit },
      ip: context.ip,
    });
    await queueSearchUpdate(tx, [listing.id]);
    return { id: listing.id, status: outcome.status };
  });
}

type LockedListing = Awaited<ReturnType<typeof lockListingForReview>>;
type Decided = { status: "PUBLISHED" | "REJECTED"; audit: Record<string, string | null> };

async function approve(tx: Tx, actor: Actor, listing: LockedListing): Promise<Decided> {
  const row = await tx.listing.update({
    where: { id: listing.id },
    data: { status: "PUBLISHED", rejectionReason: null, publishedAt: listing.publishedAt ?? new Date() },
    select: { title: true },
  });
  const approval = await recordApproval(tx, listing.id, actor.userId);
  await notify(tx, { type: "listing.approved", data: { sku: listing.sku, title: titleOf(row.title) }, link: `/supplier/listings/${listing.id}`, to: { organizationId: listing.supplierId } });
  return { status: "PUBLISHED", audit: { approvalId: approval.id } };
}

/**
 * The code is kept with the rejection's audit event (the supplier console reads it from
 * there, latest-rejection.ts) and in the notification; Listing.rejectionReason keeps the text
 * API clients read: the note, or the reason in English when there is none.
 */
async function reject(tx: Tx, listing: LockedListing, reasonCode: RejectionReasonCode, note: string | null): Promise<Decided> {
  const row = await tx.listing.update({
    where: { id: listing.id },
    data: { status: "REJECTED", rejectionReason: note ?? englishReason(reasonCode) },
    select: { title: true },
  });
  const base = { sku: listing.sku, title: titleOf(row.title), reasonCode };
  const link = `/supplier/listings/${listing.id}`;
  const to = { organizationId: listing.supplierId };
  if (note) await notify(tx, { type: "listing.rejected_with_note", data: { ...base, note }, link, to });
  else await notify(tx, { type: "listing.rejected", data: base, link, to });
  return { status: "REJECTED", audit: { reasonCode, reason: note } };
}

/** "A required certificate is missing (e.g. EAC)": the notification's phrase as a sentence. */
function englishReason(reasonCode: RejectionReasonCode): string {
  const phrase = notificationT("en")(`listing_reason.${reasonCode}`);
  return phrase.charAt(0).toUpperCase() + phrase.slice(1);
}

/** Supplier teams read Chinese first; the title as they wrote it, not translated. */
function titleOf(title: unknown): string {
  return pickLocalized(title, "zh").text.slice(0, 300) || "—";
}
