"use client";

import { useActionState } from "react";
import { useTranslation } from "react-i18next";
import { addMemberAction } from "@/app/actions/account";
import { buttonClass } from "@/components/ui/button-styles";
import { Field } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select-field";
import { idleState } from "@/lib/forms/action-state";
import type { Locale } from "@/lib/i18n/config";
import { passwordMinLength } from "@/lib/auth/password-rules";
import { FormStatus } from "./form-status";

export function AddMemberForm({ locale, roles }: { locale: Locale; roles: { value: string; label: string }[] }) {
  const { t } = useTranslation("account");
  const [state, action, pending] = useActionState(addMemberAction.bind(null, locale), idleState);
  const errors = state.fieldErrors ?? {};
  const values = state.status === "error" ? (state.values ?? {}) : {};
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormStatus state={state} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field name="name" label={t("members.name")} defaultValue={values.name} error={errors.name} required />
        <Field name="email" type="email" label={t("members.email")} defaultValue={values.email} error={errors.email} required />
        <SelectField name="role" label={t("members.role")} defaultValue={values.role} error={errors.role} options={roles} />
        <Field
          name="password"
          type="password"
          label={t("members.initial_password")}
          error={errors.password}
          autoComplete="new-password"
          minLength={passwordMinLength}
          hint={t("members.initial_password_hint", { count: passwordMinLength })}
          required
        />
      </div>
      <button type="submit" className={buttonClass.primary} disabled={pending}>
        {t("members.add")}
      </button>
    </form>
  );
}
