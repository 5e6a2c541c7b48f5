"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import type { Actor } from "@/lib/auth/actor";
import { clientIp } from "@/lib/auth/client-ip";
import { getSessionActor } from "@/lib/auth/get-actor";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { toFieldErrors } from "@/lib/errors/validation";
import type { ActionState } from "@/lib/forms/action-state";
import { formValues, toActionError } from "@/lib/forms/to-action-error";
import { isLocale, type Locale } from "@/lib/i18n/config";
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

async function sessionActor(locale: Locale): Promise<Actor> {
  if (!isLocale(locale)) throw new Error("Unknown locale");
  const actor = await getSessionActor();
  if (!actor) throw new AppError("UNAUTHENTICATED");
  return actor;
}

/** Form-level problems (unreadable numbers, a missing note) reported together with the schema's. */
function failIfInvalid(errors: Record<string, string>, raw: Record<string, unknown>, schema: typeof orderTransitionInputSchema | typeof directOrderInputSchema) {
  if (!Object.keys(errors).length) return;
  const parsed = schema.safeParse(raw);
  throw new AppError("VALIDATION_FAILED", "Order form is invalid", { fields: { ...(parsed.success ? {} : toFieldErrors(parsed.error)), ...errors } });
}

/** One step of the order: the pressed button names the target status. */
export async function orderTransitionAction(locale: Locale, orderId: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  try {
    const actor = await sessionActor(locale);
    const { raw, errors } = readTransitionForm(formData);
    failIfInvalid(errors, raw, orderTransitionInputSchema);
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
    const actor = await sessionActor(locale);
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
    const actor = await sessionActor(locale);
    const { raw, errors } = readDirectOrderForm(formData, locale);
    const input = { ...raw, listingId };
    failIfInvalid(errors, input, directOrderInputSchema);
    orderId = (await createDirectOrder(db(), actor, input)).id;
    revalidatePath(`/${locale}/orders`, "layout");
  } catch (error) {
    return toActionError(error, locale, "direct-order", formValues(formData));
  }
  redirect(`/${locale}/orders/${orderId}?created=1`);
}
