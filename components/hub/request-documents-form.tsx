"use client";

import { useActionState } from "react";
import { useTranslation } from "react-i18next";
import { requestDocumentsAction } from "@/app/actions/monitoring";
import { FormStatus } from "@/components/account/form-status";
import { TextAreaField } from "@/components/rfq/text-area-field";
import { buttonClass } from "@/components/ui/button-styles";
import { idleState, type ActionState } from "@/lib/forms/action-state";
import { submitWithoutReset } from "@/lib/forms/submit-without-reset";
import { useControlledFields } from "@/lib/forms/use-controlled-fields";
import type { Locale } from "@/lib/i18n/config";

type Props = { locale: Locale; orderId: string; buyerName: string; supplierName: string };

/** A moderator asks the order's buyer or supplier for documents; the note says which and why. */
export function RequestDocumentsForm({ locale, orderId, buyerName, supplierName }: Props) {
  const { t } = useTranslation("dashboard");
  const { fields, bind, reset } = useControlledFields({ party: "supplier", note: "" });
  const [state, action, pending] = useActionState(async (previous: ActionState, formData: FormData) => {
    const next = await requestDocumentsAction(locale, orderId, previous, formData);
    // A sent request clears the note, so the same request is not sent twice by accident.
    if (next.status === "success") reset();
    return next;
  }, idleState);
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} onSubmit={submitWithoutReset(action)} className="space-y-3" noValidate>
      <FormStatus state={state} />
      <fieldset disabled={pending} className="space-y-3">
        <fieldset className="space-y-1">
          <legend className="text-sm font-medium text-slate-800">{t("monitoring.request.party")}</legend>
          {(["supplier", "buyer"] as const).map((party) => (
            <label key={party} className="flex items-center gap-2 text-sm">
              <input type="radio" name="party" value={party} checked={fields.party === party} onChange={bind("party").onChange} />
              {t(`monitoring.request.party_${party}`, { name: party === "buyer" ? buyerName : supplierName })}
            </label>
          ))}
          {errors.party ? <p className="text-sm text-red-700" role="alert">{errors.party}</p> : null}
        </fieldset>
        <TextAreaField id="request-documents-note" label={t("monitoring.request.note")} {...bind("note")} error={errors.note} rows={3} maxLength={1000} required />
      </fieldset>
      <button type="submit" className={buttonClass.primary} disabled={pending}>
        {t("monitoring.request.submit")}
      </button>
    </form>
  );
}
