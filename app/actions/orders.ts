"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { clientIp } from "@/lib/auth/client-ip";
import { db } from "@/lib/db/client";
import type { ActionState } from "@/lib/forms/action-state";
import { checkedForm } from "@/lib/forms/checked-form";
import { requireSessionActor } from "@/lib/forms/require-session-actor";
import { formValues, toActionError } from "@/lib/forms/to-action-error";
import { type Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import { addOrderDocument } from "@/lib/orders/add-order-document";
import { createDirectOrder } from "@/lib/orders/create-direct-order";
import { directOrderInputSchema } from "@/lib/orders/direct-order-input";
import { readDirectOrderForm, readTransitionForm } from "@/lib/orders/read-order-forms";
import { orderTransitionInputSchema } from "@/lib/orders/transition-input";
import { transitionOrder } from "@/lib/orders/transition-order";

/*
 * Server actions of the order pages. The actor comes from the session, never from the form;
 * who may do what is decided in lib/orders (the state machine and its parties).
 */

/** One step of the order: the pressed button names the target status. */
export async function orderTransitionAction(locale: Locale, orderId: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  try {
    const actor = await requireSessionActor(locale);
    const { raw, errors } = readTransitionForm(formData);
    checkedForm({ raw, errors }, orderTransitionInputSchema);
    const result = await transitionOrder(db(), actor, orderId, raw, { ip: clientIp(await headers()) });
    revalidatePath(`/${locale}/orders`, "layout");
    const t = getT(locale, "orders");
    return { status: "success", message: t("actions.done", { status: t(`status.${result.status}`) }) };
  } catch (error) {
    return toActionError(error, locale, "order-transition");
  }
}

/** Called by the upload form once the browser has stored the file through POST /api/v1/attachments. */
export async function addOrderDocumentAction(locale: Locale, orderId: string, input: { attachmentId: string; kind: string }): Promise<ActionState> {
  try {
    const actor = await requireSessionActor(locale);
    await addOrderDocument(db(), actor, orderId, { attachmentId: input.attachmentId, kind: input.kind }, { ip: clientIp(await headers()) });
    revalidatePath(`/${locale}/orders`, "layout");
    return { status: "success", message: getT(locale, "orders")("documents.added") };
  } catch (error) {
    return toActionError(error, locale, "order-document");
  }
}

/** "Order now" on a listing page: the new order opens on its own page. */
export async function directOrderAction(locale: Locale, listingId: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  let orderId: string;
  try {
    const actor = await requireSessionActor(locale);
    const { raw, errors } = readDirectOrderForm(formData, locale);
    const input = { ...raw, listingId };
    checkedForm({ raw: input, errors }, directOrderInputSchema);
    orderId = (await createDirectOrder(db(), actor, input)).id;
    revalidatePath(`/${locale}/orders`, "layout");
  } catch (error) {
    return toActionError(error, locale, "direct-order", formValues(formData));
  }
  redirect(`/${locale}/orders/${orderId}?created=1`);
}
