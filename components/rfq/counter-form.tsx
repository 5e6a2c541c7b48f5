"use client";

import { useActionState, useState } from "react";
import { useTranslation } from "react-i18next";
import { counterQuoteAction } from "@/app/actions/rfq";
import { FormStatus } from "@/components/account/form-status";
import { buttonClass } from "@/components/ui/button-styles";
import { Field } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select-field";
import { incotermsRules } from "@/lib/catalog/listing-fields";
import { idleState } from "@/lib/forms/action-state";
import { submitWithoutReset } from "@/lib/forms/submit-without-reset";
import type { Locale } from "@/lib/i18n/config";
import { TextAreaField } from "./text-area-field";
import { useSuccessCount } from "./use-success-count";

export type CounterFormValues = { amount: string; currency: string; quantity: string; leadTimeDays: string; incoterm: string; namedPlace: string; paymentTerms: string };

type Props = { locale: Locale; rfqId: string; quoteId: string; values: CounterFormValues; currencies: string[]; unit: string };

/**
 * The buyer's counter-offer, prefilled with the terms on the table. Only what the buyer
 * changed is sent (a price always with its currency), so the counter-offer says exactly
 * what is proposed; the rest stays as offered.
 */
export function CounterForm({ locale, rfqId, quoteId, values, currencies, unit }: Props) {
  const { t } = useTranslation("rfq");
  const [state, action, pending] = useActionState(counterQuoteAction.bind(null, locale, rfqId, quoteId), idleState);
  const errors = state.fieldErrors ?? {};
  const [fields, setFields] = useState({ ...values, note: "" });
  const [unchanged, setUnchanged] = useState(false);
  useSuccessCount(state, () => setFields((all) => ({ ...all, note: "" })));
  const bind = (name: keyof typeof fields) => ({
    value: fields[name],
    onChange: (event: { target: { value: string } }) => {
      setUnchanged(false);
      setFields((all) => ({ ...all, [name]: event.target.value }));
    },
  });
  const submit = submitWithoutReset((formData) => {
    const priceChanged = fields.amount.trim() !== values.amount.trim() || fields.currency !== values.currency;
    if (!priceChanged) {
      formData.delete("unitPrice.amount");
      formData.delete("unitPrice.currency");
    }
    for (const name of ["quantity", "leadTimeDays", "incoterm", "namedPlace", "paymentTerms"] as const) {
      if (fields[name].trim() === values[name].trim()) formData.delete(name);
    }
    if ([...formData.keys()].every((key) => key.startsWith("$") || (key === "note" && !fields.note.trim()))) {
      setUnchanged(true);
      return;
    }
    action(formData);
  });
  const id = (name: string) => `counter-${quoteId}-${name}`;

  return (
    <form action={action} onSubmit={submit} className="space-y-4" noValidate>
      <p className="text-sm text-slate-700">{t("counter.explain")}</p>
      <FormStatus state={state} />
      {unchanged ? (
        <p role="alert" className="text-sm text-red-700">
          {t("counter.nothing_changed")}
        </p>
      ) : null}
      <fieldset disabled={pending} className="space-y-4">
        <div className="grid gap-4 sm:grid-cols-3">
          <Field name="unitPrice.amount" id={id("price")} label={t("counter.unit_price", { unit })} {...bind("amount")} error={errors["unitPrice.amount"] ?? errors.unitPrice} inputMode="decimal" autoComplete="off" />
          <SelectField name="unitPrice.currency" id={id("currency")} label={t("quote_form.currency")} {...bind("currency")} error={errors["unitPrice.currency"]} options={currencies.map((code) => ({ value: code, label: code }))} />
          <Field name="quantity" id={id("quantity")} label={t("quote_form.quantity", { unit })} {...bind("quantity")} error={errors.quantity} inputMode="numeric" autoComplete="off" />
          <Field name="leadTimeDays" id={id("lead-time")} label={t("quote_form.lead_time")} {...bind("leadTimeDays")} error={errors.leadTimeDays} inputMode="numeric" autoComplete="off" />
          <SelectField name="incoterm" id={id("incoterm")} label={t("form.incoterm")} {...bind("incoterm")} error={errors.incoterm} options={incotermsRules.map((rule) => ({ value: rule, label: `${rule} — ${t(`incoterm.${rule}`, { ns: "console" })}` }))} />
          <Field name="namedPlace" id={id("place")} label={t("form.named_place")} {...bind("namedPlace")} error={errors.namedPlace} maxLength={80} />
        </div>
        <Field name="paymentTerms" id={id("payment-terms")} label={t("quote_form.payment_terms")} {...bind("paymentTerms")} error={errors.paymentTerms} maxLength={200} />
        <TextAreaField name="note" id={id("note")} label={t("counter.note")} {...bind("note")} error={errors.note} rows={3} maxLength={2000} />
      </fieldset>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className={buttonClass.secondary} disabled={pending}>
          {t("counter.submit")}
        </button>
        <span role="status" className="text-sm text-slate-700">
          {pending ? t("form.sending") : ""}
        </span>
      </div>
    </form>
  );
}
