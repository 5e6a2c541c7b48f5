import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/create-client";
import { isAppError } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/errors/validation";
import { decideListing, reviewDecisionSchema } from "./review-listing";

/** A page of the queue at most, so one request stays short. */
export const bulkReviewLimit = 50;

const listingIdsSchema = z.object({
  listingIds: z
    .array(z.uuid({ error: "invalid" }), { error: "listings_required" })
    .min(1, { error: "listings_required" })
    .max(bulkReviewLimit, { error: "too_big" })
    .transform((ids) => [...new Set(ids)]),
});

export type BulkOutcome = "approved" | "rejected" | "already_decided" | "not_found";

export type BulkReviewResult = { results: { id: string; outcome: BulkOutcome }[] };

/**
 * One decision for several listings: approve them all, or reject them all with one reason.
 * Each listing is decided in its own transaction under its own row lock, exactly like a
 * single decision, so a listing decided meanwhile (by another moderator, a second click, a
 * second tab, or a withdrawal) is reported as already decided and left alone, and one
 * failure does not undo the others. Reports what happened to each listing, in input order.
 */
export async function reviewListingsBulk(client: Db, actor: Actor, rawInput: unknown, context: { ip?: string } = {}): Promise<BulkReviewResult> {
  authorize(actor, "listings:review");
  const { listingIds } = parseInput(listingIdsSchema, rawInput);
  const decision = parseInput(reviewDecisionSchema, rawInput);
  const results: BulkReviewResult["results"] = [];
  // One after another: the pool is small, and the locks are taken in a predictable order.
  for (const id of listingIds) {
    try {
      const { status } = await decideListing(client, actor, id, decision, context);
      results.push({ id, outcome: status === "PUBLISHED" ? "approved" : "rejected" });
    } catch (error) {
      if (isAppError(error) && error.code === "CONFLICT") results.push({ id, outcome: "already_decided" });
      else if (isAppError(error) && error.code === "NOT_FOUND") results.push({ id, outcome: "not_found" });
      else throw error;
    }
  }
  return { results };
}
