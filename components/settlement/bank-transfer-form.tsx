"use client";

import { useActionState } from "react";
import { useTranslation } from "react-i18next";
import { recordBankTransferAction } from "@/app/actions/settlement";
import { FormStatus } from "@/components/account/form-status";
import { buttonClass } from "@/components/ui/button-styles";
import { Field } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select-field";
import { idleState } from "@/lib/forms/action-state";
import { submitWithoutReset } from "@/lib/forms/submit-without-reset";
import { useControlledFields } from "@/lib/forms/use-controlled-fields";
import type { Locale } from "@/lib/i18n/config";

type Props = { locale: Locale; currencies: { value: string; label: string }[]; today: string };

/** Finance records one incoming transfer as the bank statement shows it; matching happens on save. */
export function BankTransferForm({ locale, currencies, today }: Props) {
  const { t } = useTranslation("settlement");
  const [state, action, pending] = useActionState(recordBankTransferAction.bind(null, locale), idleState);
  const { bind } = useControlledFields({ paymentReference: "", amount: "", currency: "KZT", bankReference: "", valueDate: today, payerName: "" });
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} onSubmit={submitWithoutReset(action)} className="space-y-4" noValidate aria-labelledby="record-transfer-heading">
      <FormStatus state={state} />
      <fieldset disabled={pending} className="grid gap-4 sm:grid-cols-2">
        <div className="sm:col-span-2">
          <Field id="transfer-reference" label={t("hub.payment_reference")} {...bind("paymentReference")} error={errors.paymentReference} maxLength={200} autoComplete="off" required />
        </div>
        <Field id="transfer-amount" label={t("hub.amount")} {...bind("amount")} error={errors.amount} inputMode="decimal" autoComplete="off" required />
        <SelectField id="transfer-currency" label={t("hub.currency")} {...bind("currency")} error={errors.currency} options={currencies} />
        <Field id="transfer-bank-reference" label={t("hub.bank_reference")} {...bind("bankReference")} error={errors.bankReference} maxLength={64} autoComplete="off" required />
        <Field id="transfer-value-date" type="date" label={t("hub.value_date")} {...bind("valueDate")} error={errors.valueDate} max={today} required />
        <div className="sm:col-span-2">
          <Field id="transfer-payer" label={t("hub.payer_name")} {...bind("payerName")} error={errors.payerName} maxLength={200} />
        </div>
      </fieldset>
      <button type="submit" className={`${buttonClass.primary} w-full sm:w-auto`} disabled={pending}>
        {pending ? t("hub.recording") : t("hub.record")}
      </button>
    </form>
  );
}
