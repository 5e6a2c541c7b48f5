"use client";

import { useActionState, useState } from "react";
import { useTranslation } from "react-i18next";
import { withdrawQuoteAction } from "@/app/actions/rfq";
import { FormStatus } from "@/components/account/form-status";
import { buttonClass } from "@/components/ui/button-styles";
import { idleState } from "@/lib/forms/action-state";
import type { Locale } from "@/lib/i18n/config";

/** The supplier takes its offer back — asked twice, since the buyer can then no longer accept it. */
export function WithdrawQuoteButton({ locale, quoteId }: { locale: Locale; quoteId: string }) {
  const { t } = useTranslation("rfq");
  const [state, action, pending] = useActionState(withdrawQuoteAction.bind(null, locale, quoteId), idleState);
  const [confirming, setConfirming] = useState(false);
  if (state.status === "success") return <FormStatus state={state} />;
  return (
    <div className="space-y-2">
      <FormStatus state={state} />
      {confirming ? (
        <form action={action} className="space-y-3 rounded-lg border border-red-200 bg-red-50 p-4">
          <p className="text-sm text-red-900">{t("withdraw.confirm")}</p>
          <div className="flex flex-wrap gap-2">
            <button type="submit" className={buttonClass.danger} disabled={pending}>
              {t("withdraw.confirm_button")}
            </button>
            <button type="button" className={buttonClass.secondary} onClick={() => setConfirming(false)} disabled={pending}>
              {t("withdraw.keep")}
            </button>
          </div>
        </form>
      ) : (
        <button type="button" className={buttonClass.danger} onClick={() => setConfirming(true)}>
          {t("withdraw.button")}
        </button>
      )}
    </div>
  );
}
