"use client";

import { useActionState } from "react";
import { useTranslation } from "react-i18next";
import { updateProfileAction } from "@/app/actions/account";
import { buttonClass } from "@/components/ui/button-styles";
import { Field } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select-field";
import { idleState } from "@/lib/forms/action-state";
import { localeNames, locales, type Locale } from "@/lib/i18n/config";
import { FormStatus } from "./form-status";

export function ProfileForm({ locale, name, preferredLocale }: { locale: Locale; name: string; preferredLocale: string }) {
  const { t } = useTranslation("account");
  const [state, action, pending] = useActionState(updateProfileAction.bind(null, locale), idleState);
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormStatus state={state} />
      <Field name="name" label={t("profile.name")} defaultValue={state.values?.name ?? name} error={errors.name} required autoComplete="name" />
      <SelectField
        name="locale"
        label={t("profile.language")}
        defaultValue={state.values?.locale ?? preferredLocale}
        error={errors.locale}
        options={locales.map((l) => ({ value: l, label: localeNames[l] }))}
      />
      <button type="submit" className={buttonClass.primary} disabled={pending}>
        {t("save")}
      </button>
    </form>
  );
}
