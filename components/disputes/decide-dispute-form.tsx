"use client";

import { useActionState } from "react";
import { useTranslation } from "react-i18next";
import { decideDisputeAction } from "@/app/actions/disputes";
import { FormStatus } from "@/components/account/form-status";
import { TextAreaField } from "@/components/rfq/text-area-field";
import { buttonClass } from "@/components/ui/button-styles";
import { Field } from "@/components/ui/field";
import { disputeDecisions } from "@/lib/disputes/dispute-input";
import { idleState } from "@/lib/forms/action-state";
import { submitWithoutReset } from "@/lib/forms/submit-without-reset";
import { useControlledFields } from "@/lib/forms/use-controlled-fields";
import type { Locale } from "@/lib/i18n/config";

/** The moderator's decision: full refund, partial refund (amount in the order's currency) or rejection, with a note both sides read. */
export function DecideDisputeForm({ locale, disputeId, currency, orderTotalText }: { locale: Locale; disputeId: string; currency: string; orderTotalText: string }) {
  const { t } = useTranslation("disputes");
  const [state, action, pending] = useActionState(decideDisputeAction.bind(null, locale, disputeId, currency), idleState);
  const { fields, bind } = useControlledFields({ decision: "PARTIAL_REFUND", refund: "", note: "" });
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} onSubmit={submitWithoutReset(action)} className="space-y-4" noValidate>
      <FormStatus state={state} />
      <fieldset disabled={pending} className="space-y-4">
        <div role="radiogroup" aria-labelledby="decision-legend" className="space-y-2">
          <p id="decision-legend" className="text-sm font-medium text-slate-800">{t("decide.decision")}</p>
          {disputeDecisions.map((decision) => (
            <label key={decision} className="flex items-start gap-2 text-sm">
              <input type="radio" name="decision" value={decision} checked={fields.decision === decision} onChange={bind("decision").onChange} className="mt-1" />
              <span>
                <span className="font-medium">{t(`decision.${decision}`)}</span>
                <span className="block text-slate-600">{t(`decide.explain_${decision}`, { total: orderTotalText })}</span>
              </span>
            </label>
          ))}
        </div>
        {fields.decision === "PARTIAL_REFUND" ? (
          <Field id="dispute-refund" label={t("decide.refund", { currency })} {...bind("refund")} error={errors.refund} inputMode="decimal" autoComplete="off" required />
        ) : null}
        <TextAreaField id="dispute-note" label={t("decide.note")} {...bind("note")} error={errors.note} rows={3} maxLength={4000} required />
      </fieldset>
      <button type="submit" className={buttonClass.primary} disabled={pending}>
        {t("decide.submit")}
      </button>
    </form>
  );
}
