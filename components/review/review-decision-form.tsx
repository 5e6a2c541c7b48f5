"use client";

import { useActionState, useState } from "react";
import { useTranslation } from "react-i18next";
import { reviewListingAction } from "@/app/actions/listings";
import { FormStatus } from "@/components/account/form-status";
import { buttonClass } from "@/components/ui/button-styles";
import { idleState } from "@/lib/forms/action-state";
import { submitWithoutReset } from "@/lib/forms/submit-without-reset";
import type { Locale } from "@/lib/i18n/config";

/** Approve, or reject with a reason the supplier will read. */
export function ReviewDecisionForm({ locale, listingId, title }: { locale: Locale; listingId: string; title: string }) {
  const { t } = useTranslation("review");
  const [state, action, pending] = useActionState(reviewListingAction.bind(null, locale, listingId), idleState);
  const reasonError = state.fieldErrors?.reason;
  // Controlled, so the reason survives React's form reset after a failed decision.
  const [reason, setReason] = useState("");
  if (state.status === "success") return <FormStatus state={state} />;
  return (
    <form action={action} onSubmit={submitWithoutReset(action)} className="space-y-3" aria-label={t("decide_on", { title })}>
      <FormStatus state={state} />
      <div className="space-y-1">
        <label htmlFor={`reason-${listingId}`} className="block text-sm font-medium text-slate-800">
          {t("reason_label")}
        </label>
        <textarea
          id={`reason-${listingId}`}
          name="reason"
          rows={2}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          maxLength={1000}
          aria-invalid={reasonError ? true : undefined}
          aria-describedby={reasonError ? `reason-${listingId}-error` : `reason-${listingId}-hint`}
          className="block w-full rounded-md border border-slate-300 px-3 py-2 text-sm aria-[invalid]:border-red-500"
        />
        {reasonError ? (
          <p id={`reason-${listingId}-error`} role="alert" className="text-sm text-red-700">
            {reasonError}
          </p>
        ) : (
          <p id={`reason-${listingId}-hint`} className="text-xs text-slate-600">
            {t("reason_hint")}
          </p>
        )}
      </div>
      <div className="flex flex-wrap gap-2">
        <button type="submit" name="decision" value="approve" className={buttonClass.primary} disabled={pending}>
          {t("approve")}
        </button>
        <button type="submit" name="decision" value="reject" className={buttonClass.danger} disabled={pending}>
          {t("reject")}
        </button>
      </div>
    </form>
  );
}
