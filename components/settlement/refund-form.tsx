"use client";

import { useActionState } from "react";
import { useTranslation } from "react-i18next";
import { refundPaymentAction } from "@/app/actions/settlement";
import { FormStatus } from "@/components/account/form-status";
import { buttonClass } from "@/components/ui/button-styles";
import { Field } from "@/components/ui/field";
import { idleState } from "@/lib/forms/action-state";
import { submitWithoutReset } from "@/lib/forms/submit-without-reset";
import { useControlledFields } from "@/lib/forms/use-controlled-fields";
import type { Locale } from "@/lib/i18n/config";

type Props = { locale: Locale; paymentId: string; currency: string; refundableText: string; defaultAmount: string };

/** Return money by bank transfer: never more than is refundable (the service checks again). */
export function RefundForm({ locale, paymentId, currency, refundableText, defaultAmount }: Props) {
  const { t } = useTranslation("settlement");
  const [state, action, pending] = useActionState(refundPaymentAction.bind(null, locale, paymentId, currency), idleState);
  const { bind } = useControlledFields({ amount: defaultAmount, reason: "", bankReference: "" });
  const errors = state.fieldErrors ?? {};
  return (
    <details className="rounded-md border border-slate-200 p-3">
      <summary className="cursor-pointer text-sm font-medium text-slate-800">
        {t("hub.refund_title")} · {t("hub.refundable", { amount: refundableText })}
      </summary>
      <form action={action} onSubmit={submitWithoutReset(action)} className="mt-3 space-y-3" noValidate>
        <FormStatus state={state} />
        <fieldset disabled={pending} className="grid gap-3 sm:grid-cols-3">
          <Field id={`refund-amount-${paymentId}`} label={`${t("hub.refund_amount")} (${currency})`} {...bind("amount")} error={errors.amount ?? errors.currency} inputMode="decimal" required />
          <Field id={`refund-reason-${paymentId}`} label={t("hub.refund_reason")} {...bind("reason")} error={errors.reason} maxLength={500} required />
          <Field id={`refund-ref-${paymentId}`} label={t("hub.refund_bank_reference")} {...bind("bankReference")} error={errors.bankReference} maxLength={64} />
        </fieldset>
        <button type="submit" className={buttonClass.danger} disabled={pending}>
          {t("hub.refund")}
        </button>
      </form>
    </details>
  );
}
