"use client";

import { useActionState } from "react";
import { useTranslation } from "react-i18next";
import { matchPaymentAction } from "@/app/actions/settlement";
import { FormStatus } from "@/components/account/form-status";
import { buttonClass } from "@/components/ui/button-styles";
import { Field } from "@/components/ui/field";
import { idleState } from "@/lib/forms/action-state";
import { submitWithoutReset } from "@/lib/forms/submit-without-reset";
import { useControlledFields } from "@/lib/forms/use-controlled-fields";
import type { Locale } from "@/lib/i18n/config";

/** Finance's manual override: the invoice this unmatched transfer pays, by number or payment reference. */
export function MatchPaymentForm({ locale, paymentId }: { locale: Locale; paymentId: string }) {
  const { t } = useTranslation("settlement");
  const [state, action, pending] = useActionState(matchPaymentAction.bind(null, locale, paymentId), idleState);
  const { bind } = useControlledFields({ invoiceReference: "" });
  return (
    <form action={action} onSubmit={submitWithoutReset(action)} className="space-y-2" noValidate>
      <FormStatus state={state} />
      <div className="flex flex-wrap items-end gap-2">
        <div className="min-w-[14rem] flex-1">
          <Field id={`match-${paymentId}`} label={t("hub.match_to")} {...bind("invoiceReference")} error={state.fieldErrors?.invoiceReference} autoComplete="off" required disabled={pending} />
        </div>
        <button type="submit" className={buttonClass.secondary} disabled={pending}>
          {t("hub.match")}
        </button>
      </div>
    </form>
  );
}
