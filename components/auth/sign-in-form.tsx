"use client";

import { useActionState } from "react";
import { useTranslation } from "react-i18next";
import { signInAction } from "@/app/actions/session";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button-styles";
import { Field } from "@/components/ui/field";
import { idleState } from "@/lib/forms/action-state";
import type { Locale } from "@/lib/i18n/config";

export function SignInForm({ locale, next }: { locale: Locale; next?: string }) {
  const { t } = useTranslation("auth");
  const [state, formAction, pending] = useActionState(signInAction.bind(null, locale), idleState);
  return (
    <form action={formAction} className="space-y-4" noValidate>
      {state.status === "error" && state.message ? <Alert kind="error">{state.message}</Alert> : null}
      {next ? <input type="hidden" name="next" value={next} /> : null}
      <Field name="email" type="email" label={t("fields.email")} autoComplete="username" required defaultValue={state.values?.email} />
      <Field name="password" type="password" label={t("fields.password")} autoComplete="current-password" required />
      <button type="submit" className={`${buttonClass.primary} w-full`} disabled={pending}>
        {pending ? t("sign_in.submitting") : t("sign_in.submit")}
      </button>
    </form>
  );
}
