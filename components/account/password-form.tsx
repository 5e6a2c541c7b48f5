"use client";

import { useActionState } from "react";
import { useTranslation } from "react-i18next";
import { changePasswordAction } from "@/app/actions/account";
import { buttonClass } from "@/components/ui/button-styles";
import { Field } from "@/components/ui/field";
import { idleState } from "@/lib/forms/action-state";
import type { Locale } from "@/lib/i18n/config";
import { passwordMinLength } from "@/lib/auth/password-rules";
import { FormStatus } from "./form-status";

export function PasswordForm({ locale }: { locale: Locale }) {
  const { t } = useTranslation("account");
  const [state, action, pending] = useActionState(changePasswordAction.bind(null, locale), idleState);
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormStatus state={state} />
      <Field name="currentPassword" type="password" label={t("password.current")} error={errors.currentPassword} autoComplete="current-password" required />
      <Field
        name="newPassword"
        type="password"
        label={t("password.new")}
        error={errors.newPassword}
        autoComplete="new-password"
        minLength={passwordMinLength}
        hint={t("password.hint", { count: passwordMinLength })}
        required
      />
      <button type="submit" className={buttonClass.primary} disabled={pending}>
        {t("password.submit")}
      </button>
    </form>
  );
}
