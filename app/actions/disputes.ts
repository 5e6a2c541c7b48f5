"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { clientIp } from "@/lib/auth/client-ip";
import { db } from "@/lib/db/client";
import { answerDispute } from "@/lib/disputes/answer-dispute";
import { decideDispute } from "@/lib/disputes/decide-dispute";
import { openDispute } from "@/lib/disputes/open-dispute";
import type { ActionState } from "@/lib/forms/action-state";
import { requireSessionActor } from "@/lib/forms/require-session-actor";
import { formValues, toActionError } from "@/lib/forms/to-action-error";
import type { Locale } from "@/lib/i18n/config";
import { parseLocaleDecimal } from "@/lib/i18n/parse-decimal";
import { getT } from "@/lib/i18n/server";
import { setOrderHold } from "@/lib/orders/hold-order";

/* Server actions for disputes and order holds; the lib functions check who may do what. */

const attachmentIdsOf = (formData: FormData) => [...new Set(formData.getAll("attachmentIds").map(String).filter(Boolean))];

export async function openDisputeAction(locale: Locale, orderId: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  const values = formValues(formData);
  try {
    const actor = await requireSessionActor(locale);
    await openDispute(db(), actor, orderId, { reason: values.reason, description: values.description, attachmentIds: attachmentIdsOf(formData) }, { ip: clientIp(await headers()) });
    revalidatePath(`/${locale}/orders/${orderId}`);
    return { status: "success", message: getT(locale, "disputes")("open.opened") };
  } catch (error) {
    return toActionError(error, locale, "open-dispute", values);
  }
}

export async function answerDisputeAction(locale: Locale, orderId: string, disputeId: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  const values = formValues(formData);
  try {
    const actor = await requireSessionActor(locale);
    await answerDispute(db(), actor, disputeId, { answer: values.answer, attachmentIds: attachmentIdsOf(formData) }, { ip: clientIp(await headers()) });
    revalidatePath(`/${locale}/orders/${orderId}`);
    return { status: "success", message: getT(locale, "disputes")("answer.sent") };
  } catch (error) {
    return toActionError(error, locale, "answer-dispute", values);
  }
}

export async function decideDisputeAction(locale: Locale, disputeId: string, currency: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  const values = formValues(formData);
  let done = false;
  try {
    const actor = await requireSessionActor(locale);
    const amount = values.refund ? (parseLocaleDecimal(values.refund, locale) ?? values.refund) : "";
    await decideDispute(db(), actor, disputeId, { decision: values.decision, refund: values.decision === "PARTIAL_REFUND" ? { amount, currency } : undefined, note: values.note }, { ip: clientIp(await headers()) });
    done = true;
  } catch (error) {
    const state = toActionError(error, locale, "decide-dispute", values);
    const fields = state.fieldErrors ? Object.fromEntries(Object.entries(state.fieldErrors).map(([field, message]) => [field.startsWith("refund") ? "refund" : field, message])) : undefined;
    return { ...state, fieldErrors: fields };
  }
  if (done) redirect(`/${locale}/hub/disputes/${disputeId}?decided=1`);
  return { status: "idle" };
}

export async function setOrderHoldAction(locale: Locale, orderId: string, hold: boolean, _previous: ActionState, formData: FormData): Promise<ActionState> {
  const values = formValues(formData);
  try {
    const actor = await requireSessionActor(locale);
    await setOrderHold(db(), actor, orderId, { hold, reason: values.reason }, { ip: clientIp(await headers()) });
    revalidatePath(`/${locale}/orders/${orderId}`);
    return { status: "success", message: getT(locale, "disputes")(hold ? "hold.held" : "hold.released") };
  } catch (error) {
    return toActionError(error, locale, "set-order-hold", values);
  }
}
