"use client";

import { useActionState } from "react";
import { useTranslation } from "react-i18next";
import { setOrderHoldAction } from "@/app/actions/disputes";
import { FormStatus } from "@/components/account/form-status";
import { buttonClass } from "@/components/ui/button-styles";
import { Field } from "@/components/ui/field";
import { idleState } from "@/lib/forms/action-state";
import { submitWithoutReset } from "@/lib/forms/submit-without-reset";
import { useControlledFields } from "@/lib/forms/use-controlled-fields";
import type { Locale } from "@/lib/i18n/config";

/** Moderators hold an order (transfers kept apart, payout blocked) or release it, always with a reason. */
export function HoldOrderForm({ locale, orderId, held }: { locale: Locale; orderId: string; held: boolean }) {
  const { t } = useTranslation("disputes");
  const [state, action, pending] = useActionState(setOrderHoldAction.bind(null, locale, orderId, !held), idleState);
  const { bind } = useControlledFields({ reason: "" });
  return (
    <form action={action} onSubmit={submitWithoutReset(action)} className="space-y-2" noValidate>
      <FormStatus state={state} />
      <div className="flex flex-wrap items-end gap-2">
        <div className="min-w-[16rem] flex-1">
          <Field id="hold-reason" label={held ? t("hold.release_reason") : t("hold.reason")} {...bind("reason")} error={state.fieldErrors?.reason} maxLength={1000} required disabled={pending} />
        </div>
        <button type="submit" className={held ? buttonClass.secondary : buttonClass.danger} disabled={pending}>
          {held ? t("hold.release") : t("hold.hold")}
        </button>
      </div>
    </form>
  );
}
