"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { createApiToken } from "@/lib/api-tokens/create-api-token";
import { revokeApiToken } from "@/lib/api-tokens/revoke-api-token";
import { auditActorOf } from "@/lib/audit/record-audit";
import { clientIp } from "@/lib/auth/client-ip";
import { getSessionActor } from "@/lib/auth/get-actor";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import type { ActionState } from "@/lib/forms/action-state";
import { formValues, toActionError } from "@/lib/forms/to-action-error";
import { isLocale, type Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import { addMember } from "@/lib/organizations/add-member";
import { setMemberActive } from "@/lib/organizations/set-member-active";
import { updateOrganization } from "@/lib/organizations/update-organization";
import { changePassword } from "@/lib/users/change-password";
import { updateProfile } from "@/lib/users/update-profile";

type Run = (actor: Actor, values: Record<string, string>, ip: string) => Promise<Record<string, string> | void>;

/**
 * The shape every account action shares: resolve the actor from the session (never from the
 * form), run one lib function, translate the outcome. Authorization is inside the lib call.
 */
async function runAccountAction(locale: Locale, formData: FormData, context: string, successKey: string, run: Run, secretFields: string[] = []): Promise<ActionState> {
  if (!isLocale(locale)) throw new Error("Unknown locale");
  const values = formValues(formData, secretFields);
  try {
    const actor = await getSessionActor();
    if (!actor) throw new AppError("UNAUTHENTICATED");
    const all = { ...values, ...Object.fromEntries(secretFields.map((f) => [f, String(formData.get(f) ?? "")])) };
    const data = await run(actor, all, clientIp(await headers()));
    revalidatePath(`/${locale}/account`, "layout");
    return { status: "success", message: getT(locale, "account")(successKey), data: data ?? undefined };
  } catch (error) {
    return toActionError(error, locale, context, values);
  }
}

export async function updateProfileAction(locale: Locale, _previous: ActionState, formData: FormData) {
  return runAccountAction(locale, formData, "update-profile", "profile.saved", async (actor, values, ip) => {
    await updateProfile(db(), actor, values, { ip });
  });
}

export async function changePasswordAction(locale: Locale, _previous: ActionState, formData: FormData) {
  return runAccountAction(
    locale,
    formData,
    "change-password",
    "password.changed",
    async (actor, values, ip) => {
      await changePassword(db(), actor, values, { ip });
    },
    ["currentPassword", "newPassword"],
  );
}

export async function updateOrganizationAction(locale: Locale, _previous: ActionState, formData: FormData) {
  return runAccountAction(locale, formData, "update-organization", "organization.saved", async (actor, values, ip) => {
    await updateOrganization(db(), actor, values, { ip });
  });
}

export async function addMemberAction(locale: Locale, _previous: ActionState, formData: FormData) {
  return runAccountAction(
    locale,
    formData,
    "add-member",
    "members.added",
    async (actor, values, ip) => {
      await addMember(db(), actor, values, { ip });
    },
    ["password"],
  );
}

export async function setMemberActiveAction(locale: Locale, userId: string, active: boolean, _previous: ActionState, formData: FormData) {
  return runAccountAction(locale, formData, "set-member-active", active ? "members.reactivated" : "members.deactivated", async (actor, _values, ip) => {
    await setMemberActive(db(), actor, userId, active, { ip });
  });
}

export async function createTokenAction(locale: Locale, _previous: ActionState, formData: FormData) {
  return runAccountAction(locale, formData, "create-token", "tokens.created_message", async (actor, values, ip) => {
    const token = await createApiToken(db(), { userId: actor.userId, organizationId: actor.organization.id }, values, { actor: auditActorOf(actor), ip });
    return { secret: token.secret };
  });
}

export async function revokeTokenAction(locale: Locale, tokenId: string, _previous: ActionState, formData: FormData) {
  return runAccountAction(locale, formData, "revoke-token", "tokens.revoked_message", async (actor, _values, ip) => {
    await revokeApiToken(db(), { userId: actor.userId }, tokenId, { actor: auditActorOf(actor), ip });
  });
}
