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
import { requestOrderDocuments } from "@/lib/monitoring/request-documents";

/* Server actions of deal monitoring; requestOrderDocuments checks who may do it. */

export async function requestDocumentsAction(locale: Locale, orderId: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  const values = formValues(formData);
  try {
    const actor = await requireSessionActor(locale);
    await requestOrderDocuments(db(), actor, orderId, { party: values.party, note: values.note }, { ip: clientIp(await headers()) });
    revalidatePath(`/${locale}/hub/monitoring/orders/${orderId}`);
    return { status: "success", message: getT(locale, "dashboard")(values.party === "supplier" ? "monitoring.request.sent_supplier" : "monitoring.request.sent_buyer") };
  } catch (error) {
    return toActionError(error, locale, "request-documents", values);
  }
}
