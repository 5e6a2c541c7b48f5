"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { signIn, signOut } from "@/lib/auth/auth";
import { clientIp } from "@/lib/auth/client-ip";
import { landingPath } from "@/lib/auth/roles";
import { safeReturnPath } from "@/lib/auth/safe-return-path";
import { signUpCompany } from "@/lib/auth/sign-up";
import { normalizeEmail } from "@/lib/auth/verify-credentials";
import { db } from "@/lib/db/client";
import type { ActionState } from "@/lib/forms/action-state";
import { formValues, toActionError } from "@/lib/forms/to-action-error";
import { isLocale, type Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";

async function landingFor(email: string): Promise<string> {
  const user = await db().user.findUnique({ where: { email: normalizeEmail(email) }, select: { membership: { select: { organization: { select: { type: true } } } } } });
  const type = user?.membership?.organization.type;
  return type ? landingPath[type] : "";
}

/** Signs in with e-mail and password; on success goes to `next` or the role's landing page. */
export async function signInAction(locale: Locale, _previous: ActionState, formData: FormData): Promise<ActionState> {
  if (!isLocale(locale)) throw new Error("Unknown locale");
  const email = String(formData.get("email") ?? "");
  const password = String(formData.get("password") ?? "");
  const t = getT(locale, "auth");
  if (!email.trim() || !password) {
    return { status: "error", message: t("sign_in.missing"), values: { email } };
  }
  try {
    await signIn("credentials", { email, password, redirect: false });
  } catch (error) {
    if (error instanceof CredentialsSignin && error.code === "throttled") {
      return { status: "error", message: t("sign_in.throttled"), values: { email } };
    }
    if (error instanceof AuthError) {
      return { status: "error", message: t("sign_in.invalid"), values: { email } };
    }
    return toActionError(error, locale, "sign-in", { email });
  }
  const next = safeReturnPath(formData.get("next"));
  redirect(next ?? `/${locale}${await landingFor(email)}`);
}

/** Registers a buyer or supplier company with its first admin user, then signs them in. */
export async function signUpAction(locale: Locale, _previous: ActionState, formData: FormData): Promise<ActionState> {
  if (!isLocale(locale)) throw new Error("Unknown locale");
  const values = formValues(formData, ["password"]);
  try {
    await signUpCompany(db(), { ...values, password: formData.get("password"), locale }, { ip: clientIp(await headers()) });
    await signIn("credentials", { email: values.email, password: String(formData.get("password")), redirect: false });
  } catch (error) {
    return toActionError(error, locale, "sign-up", values);
  }
  redirect(`/${locale}${await landingFor(values.email ?? "")}?welcome=1`);
}

export async function signOutAction(locale: Locale): Promise<void> {
  await signOut({ redirectTo: `/${isLocale(locale) ? locale : "en"}` });
}
