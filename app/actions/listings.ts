"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { clientIp } from "@/lib/auth/client-ip";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import type { ActionState } from "@/lib/forms/action-state";
import { checkedForm } from "@/lib/forms/checked-form";
import { requireSessionActor } from "@/lib/forms/require-session-actor";
import { toActionError } from "@/lib/forms/to-action-error";
import { type Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import { changeListingStatus } from "@/lib/listings/change-listing-status";
import { createListing } from "@/lib/listings/create-listing";
import { duplicateListing } from "@/lib/listings/duplicate-listing";
import { listingInputSchema } from "@/lib/listings/listing-input";
import { isSupplierTransition } from "@/lib/listings/listing-transitions";
import { readListingForm } from "@/lib/listings/read-listing-form";
import { updateListing } from "@/lib/listings/update-listing";

/** Reads the console form; unreadable numbers and schema errors are reported together. */
function listingFromForm(formData: FormData, locale: Locale): Record<string, unknown> {
  return checkedForm(readListingForm(formData, locale), listingInputSchema);
}

/** Creates (no id) or saves a listing from the console editor. A new listing opens in its editor. */
export async function saveListingAction(locale: Locale, listingId: string | null, _previous: ActionState, formData: FormData): Promise<ActionState> {
  let createdId: string | null = null;
  try {
    const actor = await requireSessionActor(locale);
    const ip = clientIp(await headers());
    const input = listingFromForm(formData, locale);
    if (listingId) {
      const result = await updateListing(db(), actor, listingId, input, "replace", { ip });
      revalidatePath(`/${locale}/supplier/listings`, "layout");
      const t = getT(locale, "console");
      const message = result.changed.length === 0 ? t("editor.nothing_changed") : result.previousStatus === "PUBLISHED" && result.status === "PENDING_REVIEW" ? t("editor.saved_back_to_review") : t("editor.saved");
      return { status: "success", message };
    }
    createdId = (await createListing(db(), actor, input, { ip })).id;
  } catch (error) {
    return toActionError(error, locale, "save-listing");
  }
  redirect(`/${locale}/supplier/listings/${createdId}?created=1`);
}

/** Submit, withdraw, archive or restore — the button names the transition. */
export async function listingTransitionAction(locale: Locale, listingId: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  try {
    const actor = await requireSessionActor(locale);
    const transition = String(formData.get("transition") ?? "");
    if (!isSupplierTransition(transition)) throw new AppError("BAD_REQUEST", "Unknown transition");
    await changeListingStatus(db(), actor, listingId, transition, { ip: clientIp(await headers()) });
    revalidatePath(`/${locale}/supplier/listings`, "layout");
    return { status: "success", message: getT(locale, "console")(`transition_done.${transition}`) };
  } catch (error) {
    return toActionError(error, locale, "listing-transition");
  }
}

export async function duplicateListingAction(locale: Locale, listingId: string, _previous: ActionState, _formData: FormData): Promise<ActionState> {
  let copyId: string;
  try {
    const actor = await requireSessionActor(locale);
    copyId = (await duplicateListing(db(), actor, listingId, { ip: clientIp(await headers()) })).id;
    revalidatePath(`/${locale}/supplier/listings`, "layout");
  } catch (error) {
    return toActionError(error, locale, "duplicate-listing");
  }
  redirect(`/${locale}/supplier/listings/${copyId}?duplicated=1`);
}
