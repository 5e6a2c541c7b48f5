"use client";

import { useActionState } from "react";
import { useTranslation } from "react-i18next";
import { reviewListingAction } from "@/app/actions/listing-review";
import { FormStatus } from "@/components/account/form-status";
import { buttonClass } from "@/components/ui/button-styles";
import { idleState } from "@/lib/forms/action-state";
import { submitWithoutReset } from "@/lib/forms/submit-without-reset";
import type { Locale } from "@/lib/i18n/config";
import { ReasonFields } from "./reason-fields";

/** Approve, or reject with a reason code and a note the supplier will read. */
export function ReviewDecisionForm({ locale, listingId, title }: { locale: Locale; listingId: string; title: string }) {
  const { t } = useTranslation("review");
  const [state, action, pending] = useActionState(reviewListingAction.bind(null, locale, listingId), idleState);
  if (state.status === "success") return <FormStatus state={state} />;
  return (
    <form action={action} onSubmit={submitWithoutReset(action)} className="space-y-3" aria-label={t("decide_on", { title })}>
      <FormStatus state={state} />
      <ReasonFields idPrefix={listingId} errors={state.fieldErrors} values={state.values} />
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
