"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { clientIp } from "@/lib/auth/client-ip";
import { db } from "@/lib/db/client";
import type { ActionState } from "@/lib/forms/action-state";
import { checkedForm } from "@/lib/forms/checked-form";
import { requireSessionActor } from "@/lib/forms/require-session-actor";
import { toActionError } from "@/lib/forms/to-action-error";
import { type Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import { acceptQuote } from "@/lib/rfq/accept-quote";
import { cancelRfq } from "@/lib/rfq/cancel-rfq";
import { counterQuote } from "@/lib/rfq/counter-quote";
import { createRfq } from "@/lib/rfq/create-rfq";
import { postQuoteMessage } from "@/lib/rfq/post-quote-message";
import { publishRfq } from "@/lib/rfq/publish-rfq";
import { counterInputSchema, quoteInputSchema } from "@/lib/rfq/quote-input";
import { readCounterForm, readQuoteForm } from "@/lib/rfq/read-quote-form";
import { readRfqForm } from "@/lib/rfq/read-rfq-form";
import { rfqInputSchema } from "@/lib/rfq/rfq-input";
import { submitQuote } from "@/lib/rfq/submit-quote";
import { updateRfqDraft } from "@/lib/rfq/update-rfq-draft";
import { withdrawQuote } from "@/lib/rfq/withdraw-quote";

const rfqPath = (locale: Locale, rfqId: string) => `/${locale}/rfqs/${rfqId}`;

/** The buyer's new RFQ: published, or kept as a draft ("intent" = "draft"). Opens the RFQ's page. */
export async function createRfqAction(locale: Locale, draftId: string | null, _previous: ActionState, formData: FormData): Promise<ActionState> {
  let created: { id: string; status: string };
  try {
    const actor = await requireSessionActor(locale);
    const input = checkedForm(readRfqForm(formData, locale), rfqInputSchema);
    const context = { ip: clientIp(await headers()) };
    created = draftId ? await updateRfqDraft(db(), actor, draftId, input, context) : await createRfq(db(), actor, input, context);
    revalidatePath(`/${locale}/rfqs`);
  } catch (error) {
    return toActionError(error, locale, "create-rfq");
  }
  redirect(`${rfqPath(locale, created.id)}?${created.status === "DRAFT" ? "saved=1" : "published=1"}`);
}

export async function publishRfqAction(locale: Locale, rfqId: string, _previous: ActionState, _formData: FormData): Promise<ActionState> {
  try {
    const actor = await requireSessionActor(locale);
    const result = await publishRfq(db(), actor, rfqId, { ip: clientIp(await headers()) });
    revalidatePath(`/${locale}/rfqs`, "layout");
    return { status: "success", message: getT(locale, "rfq")("actions.published", { count: result.recipients }) };
  } catch (error) {
    return toActionError(error, locale, "publish-rfq");
  }
}

export async function cancelRfqAction(locale: Locale, rfqId: string, _previous: ActionState, _formData: FormData): Promise<ActionState> {
  try {
    const actor = await requireSessionActor(locale);
    await cancelRfq(db(), actor, rfqId, { ip: clientIp(await headers()) });
    revalidatePath(`/${locale}/rfqs`, "layout");
    return { status: "success", message: getT(locale, "rfq")("actions.cancelled") };
  } catch (error) {
    return toActionError(error, locale, "cancel-rfq");
  }
}

/** The supplier's first offer or a revised one; the page reopens on the updated negotiation. */
export async function submitQuoteAction(locale: Locale, rfqId: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  let revision: number;
  try {
    const actor = await requireSessionActor(locale);
    const input = checkedForm(readQuoteForm(formData, locale), quoteInputSchema);
    revision = (await submitQuote(db(), actor, rfqId, input, { ip: clientIp(await headers()) })).revision;
    revalidatePath(`/${locale}/rfqs`, "layout");
  } catch (error) {
    return toActionError(error, locale, "submit-quote");
  }
  redirect(`${rfqPath(locale, rfqId)}?offer=${revision}`);
}

/** The buyer's counter-offer on one negotiation. */
export async function counterQuoteAction(locale: Locale, rfqId: string, quoteId: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  try {
    const actor = await requireSessionActor(locale);
    const input = checkedForm(readCounterForm(formData, locale), counterInputSchema);
    await counterQuote(db(), actor, quoteId, input, { ip: clientIp(await headers()) });
    revalidatePath(rfqPath(locale, rfqId));
    return { status: "success", message: getT(locale, "rfq")("counter.sent") };
  } catch (error) {
    return toActionError(error, locale, "counter-quote");
  }
}

export async function postQuoteMessageAction(locale: Locale, rfqId: string, quoteId: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  try {
    const actor = await requireSessionActor(locale);
    const attachmentIds = [...new Set(formData.getAll("attachmentIds").map(String).filter(Boolean))];
    const message = await postQuoteMessage(db(), actor, quoteId, { body: String(formData.get("body") ?? ""), attachmentIds });
    revalidatePath(rfqPath(locale, rfqId));
    return { status: "success", message: getT(locale, "rfq")("messages.sent"), data: { messageId: message.id } };
  } catch (error) {
    return toActionError(error, locale, "post-quote-message");
  }
}

/** Awards the RFQ to this quote; the new order's page opens. */
export async function acceptQuoteAction(locale: Locale, rfqId: string, quoteId: string, _previous: ActionState, _formData: FormData): Promise<ActionState> {
  let orderId: string;
  try {
    const actor = await requireSessionActor(locale);
    orderId = (await acceptQuote(db(), actor, quoteId, { ip: clientIp(await headers()) })).order.id;
    revalidatePath(rfqPath(locale, rfqId));
    revalidatePath(`/${locale}/rfqs`);
  } catch (error) {
    return toActionError(error, locale, "accept-quote");
  }
  redirect(`/${locale}/orders/${orderId}`);
}

/** The supplier withdraws its open quote. */
export async function withdrawQuoteAction(locale: Locale, quoteId: string, _previous: ActionState, _formData: FormData): Promise<ActionState> {
  try {
    const actor = await requireSessionActor(locale);
    await withdrawQuote(db(), actor, quoteId, { ip: clientIp(await headers()) });
    revalidatePath(`/${locale}/rfqs`, "layout");
    return { status: "success", message: getT(locale, "rfq")("withdraw.done") };
  } catch (error) {
    return toActionError(error, locale, "withdraw-quote");
  }
}
