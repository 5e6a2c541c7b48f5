"use client";

import { useActionState } from "react";
import { useTranslation } from "react-i18next";
import { duplicateListingAction, listingTransitionAction } from "@/app/actions/listings";
import { FormStatus } from "@/components/account/form-status";
import { buttonClass } from "@/components/ui/button-styles";
import { idleState } from "@/lib/forms/action-state";
import type { Locale } from "@/lib/i18n/config";
import type { SupplierTransition } from "@/lib/listings/listing-transitions";

type Props = { locale: Locale; listingId: string; transitions: SupplierTransition[]; canSubmit: boolean };

/** The workflow steps open from the listing's current status, plus "duplicate". */
export function ListingWorkflowButtons({ locale, listingId, transitions, canSubmit }: Props) {
  const { t } = useTranslation("console");
  const [state, action, pending] = useActionState(listingTransitionAction.bind(null, locale, listingId), idleState);
  const [copyState, copyAction, copying] = useActionState(duplicateListingAction.bind(null, locale, listingId), idleState);
  return (
    <div className="space-y-3">
      <FormStatus state={state} />
      <FormStatus state={copyState} />
      <div className="flex flex-wrap gap-2">
        <form action={action} className="contents">
          {transitions.map((transition) => (
            <button
              key={transition}
              type="submit"
              name="transition"
              value={transition}
              disabled={pending || (transition === "submit" && !canSubmit)}
              className={transition === "submit" ? buttonClass.primary : transition === "archive" ? buttonClass.danger : buttonClass.secondary}
            >
              {t(`transition.${transition}`)}
            </button>
          ))}
        </form>
        <form action={copyAction}>
          <button type="submit" className={buttonClass.secondary} disabled={copying}>
            {t("transition.duplicate")}
          </button>
        </form>
      </div>
    </div>
  );
}
