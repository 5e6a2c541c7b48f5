"use client";

import { useActionState } from "react";
import { useTranslation } from "react-i18next";
import { updateOrganizationAction } from "@/app/actions/account";
import { buttonClass } from "@/components/ui/button-styles";
import { Field } from "@/components/ui/field";
import { idleState } from "@/lib/forms/action-state";
import type { Locale } from "@/lib/i18n/config";
import { FormStatus } from "./form-status";

type Organization = { name: string; legalName: string; city: string };

export function OrganizationForm({ locale, organization }: { locale: Locale; organization: Organization }) {
  const { t } = useTranslation("account");
  const [state, action, pending] = useActionState(updateOrganizationAction.bind(null, locale), idleState);
  const errors = state.fieldErrors ?? {};
  const values = state.values ?? {};
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormStatus state={state} />
      <Field name="name" label={t("organization.name")} defaultValue={values.name ?? organization.name} error={errors.name} required />
      <Field name="legalName" label={t("organization.legal_name")} defaultValue={values.legalName ?? organization.legalName} error={errors.legalName} required />
      <Field name="city" label={t("organization.city")} defaultValue={values.city ?? organization.city} error={errors.city} required />
      <button type="submit" className={buttonClass.primary} disabled={pending}>
        {t("save")}
      </button>
    </form>
  );
}
