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
import { moderateReview } from "@/lib/reviews/moderate-review";
import { writeReview } from "@/lib/reviews/write-review";

/*
 * Server actions for order reviews. The actor comes from the session, never from the form;
 * who may review or moderate is decided in lib/reviews.
 */

/** The buyer's rating and review of a completed order, from the order page. */
export async function writeReviewAction(locale: Locale, orderId: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  try {
    const actor = await requireSessionActor(locale);
    const rating = String(formData.get("rating") ?? "").trim();
    const input = { rating: rating === "" ? undefined : Number(rating), text: String(formData.get("text") ?? "") };
    await writeReview(db(), actor, orderId, input, { ip: clientIp(await headers()) });
    revalidatePath(`/${locale}/orders/${orderId}`);
    return { status: "success", message: getT(locale, "trust")("order.submitted") };
  } catch (error) {
    return toActionError(error, locale, "write-review", formValues(formData));
  }
}

/** Publish or reject — the pressed button names the decision. */
export async function moderateReviewAction(locale: Locale, reviewId: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  try {
    const actor = await requireSessionActor(locale);
    const result = await moderateReview(db(), actor, reviewId, { decision: String(formData.get("decision") ?? "") }, { ip: clientIp(await headers()) });
    // No revalidation: the decided review stays on screen with its outcome until the next visit,
    // instead of vanishing from under the moderator's cursor.
    return { status: "success", message: getT(locale, "trust")(result.status === "PUBLISHED" ? "hub.published" : "hub.rejected") };
  } catch (error) {
    return toActionError(error, locale, "moderate-review");
  }
}
