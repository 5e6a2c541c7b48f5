"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { clientIp } from "@/lib/auth/client-ip";
import { db } from "@/lib/db/client";
import type { ActionState } from "@/lib/forms/action-state";
import { requireSessionActor } from "@/lib/forms/require-session-actor";
import { toActionError } from "@/lib/forms/to-action-error";
import { type Locale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format";
import { getT } from "@/lib/i18n/server";
import { readDecisionForm, readVerificationForm } from "@/lib/verification/read-verification-forms";
import { reviewVerification } from "@/lib/verification/review-verification";
import { submitVerification } from "@/lib/verification/submit-verification";

/*
 * Server actions of the verification pages. The actor comes from the session, never from the
 * form; who may submit or decide is checked in lib/verification.
 */

/** A supplier's or buyer's admin submits the company's details and the documents it has uploaded. */
export async function submitVerificationAction(locale: Locale, _previous: ActionState, formData: FormData): Promise<ActionState> {
  try {
    const actor = await requireSessionActor(locale);
    await submitVerification(db(), actor, readVerificationForm(formData), { ip: clientIp(await headers()) });
    revalidatePath(`/${locale}/${actor.organization.type === "BUYER" ? "buyer" : "supplier"}`, "layout");
    return { status: "success", message: getT(locale, "verification")("form.submitted") };
  } catch (error) {
    // The form keeps what was typed (controlled fields) and the uploads (the uploaders' state).
    return toActionError(error, locale, "verification-submit");
  }
}

/** A moderator decides; the pressed button names the decision. */
export async function reviewVerificationAction(locale: Locale, requestId: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  try {
    const actor = await requireSessionActor(locale);
    const result = await reviewVerification(db(), actor, requestId, readDecisionForm(formData), { ip: clientIp(await headers()) });
    revalidatePath(`/${locale}/hub/verification`, "layout");
    const t = getT(locale, "verification");
    if (result.status === "APPROVED" && result.expiresAt) return { status: "success", message: t("review.approved", { date: formatDate(locale, result.expiresAt) }) };
    return { status: "success", message: t(result.status === "REJECTED" ? "review.rejected" : "review.more_info_requested") };
  } catch (error) {
    return toActionError(error, locale, "verification-review");
  }
}
