"use client";

import { useActionState } from "react";
import { useTranslation } from "react-i18next";
import { moderateReviewAction } from "@/app/actions/reviews";
import { FormStatus } from "@/components/account/form-status";
import { buttonClass } from "@/components/ui/button-styles";
import { idleState } from "@/lib/forms/action-state";
import { submitWithoutReset } from "@/lib/forms/submit-without-reset";
import type { Locale } from "@/lib/i18n/config";

/** Publish or reject one pending review; once decided, only the outcome remains. */
export function ReviewModerationForm({ locale, reviewId, orderNumber }: { locale: Locale; reviewId: string; orderNumber: string }) {
  const { t } = useTranslation("trust");
  const [state, action, pending] = useActionState(moderateReviewAction.bind(null, locale, reviewId), idleState);
  if (state.status === "success") return <FormStatus state={state} />;
  return (
    <form action={action} onSubmit={submitWithoutReset(action)} className="space-y-3" aria-label={t("hub.decide_on", { number: orderNumber })}>
      <FormStatus state={state} />
      <div className="flex flex-wrap gap-2">
        <button type="submit" name="decision" value="publish" className={buttonClass.primary} disabled={pending}>
          {t("hub.publish")}
        </button>
        <button type="submit" name="decision" value="reject" className={buttonClass.danger} disabled={pending}>
          {t("hub.reject")}
        </button>
      </div>
    </form>
  );
}
