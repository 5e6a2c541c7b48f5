"use client";

import { useActionState, useState } from "react";
import { useTranslation } from "react-i18next";
import { signUpAction } from "@/app/actions/session";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button-styles";
import { Field } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select-field";
import { idleState } from "@/lib/forms/action-state";
import type { Locale } from "@/lib/i18n/config";
import { passwordMinLength } from "@/lib/auth/password-rules";

type CompanyType = "BUYER" | "SUPPLIER";

export function SignUpForm({
  locale,
  initialType,
  countries,
}: {
  locale: Locale;
  initialType: CompanyType;
  /** Country options per company type, already named in the locale. */
  countries: Record<CompanyType, { value: string; label: string }[]>;
}) {
  const { t } = useTranslation("auth");
  const [state, formAction, pending] = useActionState(signUpAction.bind(null, locale), idleState);
  const [type, setType] = useState<CompanyType>((state.values?.companyType as CompanyType | undefined) ?? initialType);
  const errors = state.fieldErrors ?? {};
  const values = state.values ?? {};
  return (
    <form action={formAction} className="space-y-5" noValidate>
      {state.status === "error" && state.message ? <Alert kind="error">{state.message}</Alert> : null}
      <fieldset>
        <legend className="mb-2 text-sm font-medium text-slate-800">{t("sign_up.company_type")}</legend>
        <div className="grid gap-3 sm:grid-cols-2">
          {(["BUYER", "SUPPLIER"] as const).map((option) => (
            <label key={option} className="flex cursor-pointer gap-3 rounded-lg border border-slate-300 bg-white p-3 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50">
              <input type="radio" name="companyType" value={option} checked={type === option} onChange={() => setType(option)} className="mt-1" />
              <span>
                <span className="block font-medium">{t(`sign_up.type_${option}`)}</span>
                <span className="block text-xs text-slate-600">{t(`sign_up.type_${option}_hint`)}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field name="companyName" label={t("fields.company_name")} required defaultValue={values.companyName} error={errors.companyName} autoComplete="organization" />
        <Field name="legalName" label={t("fields.legal_name")} required defaultValue={values.legalName} error={errors.legalName} />
        <SelectField key={type} name="country" label={t("fields.country")} options={countries[type]} defaultValue={values.country} error={errors.country} />
        <Field name="city" label={t("fields.city")} required defaultValue={values.city} error={errors.city} autoComplete="address-level2" />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field name="name" label={t("fields.your_name")} required defaultValue={values.name} error={errors.name} autoComplete="name" />
        <Field name="email" type="email" label={t("fields.email")} required defaultValue={values.email} error={errors.email} autoComplete="email" />
      </div>
      <Field
        name="password"
        type="password"
        label={t("fields.password")}
        required
        minLength={passwordMinLength}
        error={errors.password}
        autoComplete="new-password"
        hint={t("sign_up.password_hint", { count: passwordMinLength })}
      />
      <button type="submit" className={`${buttonClass.primary} w-full`} disabled={pending}>
        {pending ? t("sign_up.submitting") : t("sign_up.submit")}
      </button>
    </form>
  );
}
