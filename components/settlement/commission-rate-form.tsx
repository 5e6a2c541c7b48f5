"use client";

import { useActionState } from "react";
import { useTranslation } from "react-i18next";
import { setCommissionRateAction } from "@/app/actions/settlement";
import { FormStatus } from "@/components/account/form-status";
import { buttonClass } from "@/components/ui/button-styles";
import { Field } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select-field";
import { idleState } from "@/lib/forms/action-state";
import { submitWithoutReset } from "@/lib/forms/submit-without-reset";
import { useControlledFields } from "@/lib/forms/use-controlled-fields";
import type { Locale } from "@/lib/i18n/config";

/** Finance sets a category's commission (a top-level category covers its subcategories without their own rate). */
export function CommissionRateForm({ locale, categories }: { locale: Locale; categories: { value: string; label: string }[] }) {
  const { t } = useTranslation("settlement");
  const [state, action, pending] = useActionState(setCommissionRateAction.bind(null, locale), idleState);
  const { bind } = useControlledFields({ categorySlug: categories[0]?.value ?? "", percent: "" });
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} onSubmit={submitWithoutReset(action)} className="space-y-3" noValidate>
      <FormStatus state={state} />
      <fieldset disabled={pending} className="grid gap-3 sm:grid-cols-[2fr_1fr]">
        <SelectField id="commission-category" label={t("finance.commission_category")} {...bind("categorySlug")} error={errors.categorySlug} options={categories} />
        <Field id="commission-percent" label={t("finance.commission_percent")} {...bind("percent")} error={errors.percent} inputMode="decimal" required />
      </fieldset>
      <button type="submit" className={buttonClass.primary} disabled={pending}>
        {t("finance.commission_save")}
      </button>
    </form>
  );
}
