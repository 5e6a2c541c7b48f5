"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { clientIp } from "@/lib/auth/client-ip";
import { db } from "@/lib/db/client";
import type { ActionState } from "@/lib/forms/action-state";
import { requireSessionActor } from "@/lib/forms/require-session-actor";
import { formValues, toActionError } from "@/lib/forms/to-action-error";
import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import { reviewListing } from "@/lib/listings/review-listing";
import { reviewListingsBulk, type BulkReviewResult } from "@/lib/listings/review-listings-bulk";

/*
 * Server actions of the hub's listing review queue. The actor comes from the session, never
 * from the form; who may decide is checked in lib/listings.
 */

/** The form's decision fields; an empty note is no note. */
function decisionFrom(formData: FormData) {
  return {
    decision: String(formData.get("decision") ?? ""),
    reasonCode: String(formData.get("reasonCode") ?? "") || undefined,
    reason: String(formData.get("reason") ?? ""),
  };
}

/** Approve one listing, or reject it with a reason code and a note. */
export async function reviewListingAction(locale: Locale, listingId: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  try {
    const actor = await requireSessionActor(locale);
    const result = await reviewListing(db(), actor, listingId, decisionFrom(formData), { ip: clientIp(await headers()) });
    // No revalidation: the decided listing stays on screen with its outcome until the next
    // visit, instead of vanishing from under the moderator's cursor.
    return { status: "success", message: getT(locale, "review")(result.status === "PUBLISHED" ? "approved" : "rejected") };
  } catch (error) {
    return toActionError(error, locale, "review-listing", formValues(formData));
  }
}

export type BulkReviewState = ActionState & Partial<BulkReviewResult>;

/** The same decision for every ticked listing; says what happened to each one. */
export async function bulkReviewAction(locale: Locale, _previous: BulkReviewState, formData: FormData): Promise<BulkReviewState> {
  try {
    const actor = await requireSessionActor(locale);
    const input = { ...decisionFrom(formData), listingIds: formData.getAll("listingIds").map(String) };
    const { results } = await reviewListingsBulk(db(), actor, input, { ip: clientIp(await headers()) });
    // Decided listings leave the queue; the summary below the form says what happened.
    revalidatePath(`/${locale}/hub/review`);
    const decided = results.filter((result) => result.outcome === "approved" || result.outcome === "rejected").length;
    return { status: "success", message: getT(locale, "review")("bulk.done", { count: decided, total: results.length }), results };
  } catch (error) {
    return toActionError(error, locale, "bulk-review", formValues(formData, ["listingIds"]));
  }
}
