"use client";

import { useActionState } from "react";
import { useTranslation } from "react-i18next";
import { releasePayoutAction } from "@/app/actions/settlement";
import { FormStatus } from "@/components/account/form-status";
import { buttonClass } from "@/components/ui/button-styles";
import { Field } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select-field";
import { idleState } from "@/lib/forms/action-state";
import { submitWithoutReset } from "@/lib/forms/submit-without-reset";
import { useControlledFields } from "@/lib/forms/use-controlled-fields";
import type { Locale } from "@/lib/i18n/config";

/** Finance releases the supplier's payout: CNY unless chosen otherwise, with the outgoing transfer's reference. */
export function ReleasePayoutForm({ locale, orderId, currencies }: { locale: Locale; orderId: string; currencies: string[] }) {
  const { t } = useTranslation("settlement");
  const [state, action, pending] = useActionState(releasePayoutAction.bind(null, locale, orderId), idleState);
  const { bind } = useControlledFields({ currency: "CNY", bankReference: "" });
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} onSubmit={submitWithoutReset(action)} className="space-y-3 border-t border-slate-200 pt-4" noValidate aria-labelledby="payout-release-heading">
      <h3 id="payout-release-heading" className="font-semibold">{t("payout.release_title")}</h3>
      <p className="text-sm text-slate-700">{t("payout.release_explain")}</p>
      <FormStatus state={state} />
      <fieldset disabled={pending} className="grid gap-3 sm:grid-cols-2">
        <SelectField id="payout-currency" label={t("payout.currency")} {...bind("currency")} error={errors.currency} options={currencies.map((code) => ({ value: code, label: code }))} />
        <Field id="payout-bank-reference" label={t("payout.bank_reference")} {...bind("bankReference")} error={errors.bankReference} maxLength={64} autoComplete="off" />
      </fieldset>
      <button type="submit" className={buttonClass.primary} disabled={pending}>
        {pending ? t("payout.releasing") : t("payout.release")}
      </button>
    </form>
  );
}
