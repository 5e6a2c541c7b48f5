"use client";

import { useActionState, useState } from "react";
import { useTranslation } from "react-i18next";
import { submitQuoteAction } from "@/app/actions/rfq";
import { FormStatus } from "@/components/account/form-status";
import { EditableRows } from "@/components/console/editable-rows";
import { buttonClass } from "@/components/ui/button-styles";
import { Field } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select-field";
import { incotermsRules } from "@/lib/catalog/listing-fields";
import { idleState } from "@/lib/forms/action-state";
import { submitWithoutReset } from "@/lib/forms/submit-without-reset";
import type { Locale } from "@/lib/i18n/config";
import { AttachmentUploader } from "./attachment-uploader";
import { TextAreaField } from "./text-area-field";
import { timeZoneOffsetAt } from "./time-zone-offset";

export type QuoteFormValues = {
  amount: string;
  currency: string;
  quantity: string;
  quantityBreaks: { minQty: string; unitPrice: string }[];
  leadTimeDays: string;
  incoterm: string;
  namedPlace: string;
  validUntil: string;
  paymentTerms: string;
  note: string;
};

type Props = { locale: Locale; rfqId: string; values: QuoteFormValues; currencies: string[]; unit: string; revision: boolean; minDate: string; maxDate: string };

/**
 * The supplier's offer: the first one opens the negotiation, later ones are revisions
 * (prefilled from the latest terms on the table, the buyer's counter-offer included).
 */
export function QuoteForm({ locale, rfqId, values, currencies, unit, revision, minDate, maxDate }: Props) {
  const { t } = useTranslation("rfq");
  const [state, action, pending] = useActionState(submitQuoteAction.bind(null, locale, rfqId), idleState);
  const errors = state.fieldErrors ?? {};
  const [fields, setFields] = useState(values);
  type Simple = Exclude<keyof QuoteFormValues, "quantityBreaks">;
  const bind = (name: Simple) => ({ value: fields[name], onChange: (event: { target: { value: string } }) => setFields((all) => ({ ...all, [name]: event.target.value })) });
  const submit = submitWithoutReset((formData) => {
    formData.set("timeZoneOffset", timeZoneOffsetAt(`${fields.validUntil}T23:59:59`));
    action(formData);
  });
  const breaksError = errors.quantityBreaks ?? Object.entries(errors).find(([field]) => field.startsWith("quantityBreaks.") && !/^quantityBreaks\.\d+\./.test(field))?.[1];

  return (
    <form action={action} onSubmit={submit} className="space-y-5" noValidate aria-labelledby="quote-form-heading">
      <h3 id="quote-form-heading" className="text-base font-semibold">
        {revision ? t("quote_form.title_revision") : t("quote_form.title_first")}
      </h3>
      <FormStatus state={state} />
      <fieldset disabled={pending} className="space-y-5">
        <div className="grid gap-4 sm:grid-cols-3">
          <Field name="unitPrice.amount" id="quote-unit-price" label={t("quote_form.unit_price", { unit })} {...bind("amount")} error={errors["unitPrice.amount"] ?? errors.unitPrice} inputMode="decimal" autoComplete="off" required />
          <SelectField name="unitPrice.currency" id="quote-currency" label={t("quote_form.currency")} {...bind("currency")} error={errors["unitPrice.currency"]} options={currencies.map((code) => ({ value: code, label: code }))} />
          <Field name="quantity" id="quote-quantity" label={t("quote_form.quantity", { unit })} {...bind("quantity")} error={errors.quantity} inputMode="numeric" autoComplete="off" required />
        </div>
        <EditableRows
          legend={t("quote_form.breaks")}
          hint={t("quote_form.breaks_hint")}
          initial={values.quantityBreaks}
          empty={{ minQty: "", unitPrice: "" }}
          max={10}
          addLabel={t("quote_form.add_break")}
          error={breaksError}
          renderRow={(row, index, update) => (
            <>
              <Field name={`quantityBreaks.${index}.minQty`} id={`quote-break-${index}-qty`} label={t("quote_form.break_qty", { n: index + 1 })} value={row.minQty} onChange={(e) => update({ ...row, minQty: e.target.value })} error={errors[`quantityBreaks.${index}.minQty`]} inputMode="numeric" autoComplete="off" />
              <Field name={`quantityBreaks.${index}.unitPrice`} id={`quote-break-${index}-price`} label={t("quote_form.break_price", { n: index + 1 })} value={row.unitPrice} onChange={(e) => update({ ...row, unitPrice: e.target.value })} error={errors[`quantityBreaks.${index}.unitPrice`]} inputMode="decimal" autoComplete="off" />
            </>
          )}
        />
        <div className="grid gap-4 sm:grid-cols-2">
          <Field name="leadTimeDays" id="quote-lead-time" label={t("quote_form.lead_time")} {...bind("leadTimeDays")} error={errors.leadTimeDays} inputMode="numeric" autoComplete="off" required />
          <Field name="validUntil" id="quote-valid-until" type="date" label={t("quote_form.valid_until")} {...bind("validUntil")} error={errors.validUntil} hint={t("quote_form.valid_until_hint")} min={minDate} max={maxDate} required />
          <SelectField name="incoterm" id="quote-incoterm" label={t("form.incoterm")} {...bind("incoterm")} error={errors.incoterm} options={incotermsRules.map((rule) => ({ value: rule, label: `${rule} — ${t(`incoterm.${rule}`, { ns: "console" })}` }))} />
          <Field name="namedPlace" id="quote-named-place" label={t("form.named_place")} {...bind("namedPlace")} error={errors.namedPlace} maxLength={80} required />
        </div>
        <Field name="paymentTerms" id="quote-payment-terms" label={t("quote_form.payment_terms")} {...bind("paymentTerms")} error={errors.paymentTerms} hint={t("quote_form.payment_terms_hint")} maxLength={200} />
        <TextAreaField name="note" id="quote-note" label={t("quote_form.note")} {...bind("note")} error={errors.note} rows={3} maxLength={2000} />
        <AttachmentUploader locale={locale} id="quote-attachments" label={t("quote_form.attachments")} error={errors.attachmentIds} disabled={pending} />
      </fieldset>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className={buttonClass.primary} disabled={pending}>
          {revision ? t("quote_form.submit_revision") : t("quote_form.submit_first")}
        </button>
        <span role="status" className="text-sm text-slate-700">
          {pending ? t("form.sending") : ""}
        </span>
      </div>
    </form>
  );
}
