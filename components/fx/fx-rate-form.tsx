"use client";

import { useActionState, useState } from "react";
import { useTranslation } from "react-i18next";
import { recordFxRateAction } from "@/app/actions/fx";
import { FormStatus } from "@/components/account/form-status";
import { buttonClass } from "@/components/ui/button-styles";
import { Field } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select-field";
import { idleState } from "@/lib/forms/action-state";
import { submitWithoutReset } from "@/lib/forms/submit-without-reset";
import type { Locale } from "@/lib/i18n/config";
import { describeRate } from "@/lib/money/fx/format-rate-for-locale";
import { normalizeRate } from "@/lib/money/fx/parse-rate";
import { readRateField } from "@/lib/money/fx/read-rate-field";

type Props = { locale: Locale; currencies: { value: string; label: string }[]; defaultEffectiveAt: string };

/** Finance staff enter one rate. The preview shows how the typed number will be read, before it is stored. */
export function FxRateForm({ locale, currencies, defaultEffectiveAt }: Props) {
  const { t } = useTranslation("fx");
  const [state, action, pending] = useActionState(recordFxRateAction.bind(null, locale), idleState);
  const errors = state.fieldErrors ?? {};
  // Controlled: React resets a form after its action, and a failed save must keep the input.
  const [fields, setFields] = useState({ base: "USD", quote: "KZT", rate: "", source: "", effectiveAt: defaultEffectiveAt });
  const bind = (name: keyof typeof fields) => ({ value: fields[name], onChange: (event: { target: { value: string } }) => setFields((all) => ({ ...all, [name]: event.target.value })) });
  const canonical = fields.rate.trim() ? normalizeRate(readRateField(fields.rate, locale)) : null;

  return (
    <form action={action} onSubmit={submitWithoutReset(action)} className="space-y-4" noValidate aria-labelledby="fx-form-heading">
      <FormStatus state={state} />
      <fieldset disabled={pending} className="grid gap-4 sm:grid-cols-2">
        <SelectField name="base" id="fx-base" label={t("form.base")} {...bind("base")} error={errors.base} options={currencies} />
        <SelectField name="quote" id="fx-quote" label={t("form.quote")} {...bind("quote")} error={errors.quote} options={currencies} />
        <Field
          name="rate"
          id="fx-rate"
          label={t("form.rate")}
          {...bind("rate")}
          error={errors.rate}
          hint={canonical ? <span aria-live="polite">{t("form.rate_preview", { text: describeRate(locale, fields.base, fields.quote, canonical) })}</span> : t("form.rate_hint")}
          inputMode="decimal"
          autoComplete="off"
          required
        />
        <Field name="source" id="fx-source" label={t("form.source")} {...bind("source")} error={errors.source} placeholder={t("form.source_placeholder")} maxLength={80} required />
        <Field name="effectiveAt" id="fx-effective-at" type="datetime-local" label={t("form.effective_at")} {...bind("effectiveAt")} error={errors.effectiveAt} hint={t("form.effective_at_hint")} />
      </fieldset>
      <button type="submit" className={`${buttonClass.primary} w-full sm:w-auto`} disabled={pending}>
        {pending ? t("form.saving") : t("form.submit")}
      </button>
    </form>
  );
}
