"use client";

import { useActionState, useState } from "react";
import { useTranslation } from "react-i18next";
import { acceptQuoteAction } from "@/app/actions/rfq";
import { FormStatus } from "@/components/account/form-status";
import { buttonClass } from "@/components/ui/button-styles";
import { idleState } from "@/lib/forms/action-state";
import type { Locale } from "@/lib/i18n/config";

type Props = { locale: Locale; rfqId: string; quoteId: string; supplierName: string; total: string; blockedReason: string | null };

/**
 * "Accept this quote" places the order, so it asks once more, naming the supplier and the
 * total. When the quote cannot be accepted now the button stays visible but disabled, with
 * the reason next to it.
 */
export function AcceptQuoteForm({ locale, rfqId, quoteId, supplierName, total, blockedReason }: Props) {
  const { t } = useTranslation("rfq");
  const [state, action, pending] = useActionState(acceptQuoteAction.bind(null, locale, rfqId, quoteId), idleState);
  const [confirming, setConfirming] = useState(false);
  const reasonId = `accept-${quoteId}-reason`;
  if (blockedReason) {
    return (
      <div className="space-y-2">
        <button type="button" className={buttonClass.primary} disabled aria-describedby={reasonId}>
          {t("accept.button")}
        </button>
        <p id={reasonId} className="text-sm text-slate-700">
          {blockedReason}
        </p>
      </div>
    );
  }
  return (
    <div className="space-y-3">
      <FormStatus state={state} />
      {confirming ? (
        <form action={action} className="space-y-3 rounded-lg border border-brand-600 bg-brand-50 p-4">
          <p className="text-sm text-slate-900">{t("accept.confirm", { supplier: supplierName, total })}</p>
          <div className="flex flex-wrap gap-2">
            <button type="submit" className={buttonClass.primary} disabled={pending}>
              {pending ? t("accept.accepting") : t("accept.confirm_button")}
            </button>
            <button type="button" className={buttonClass.secondary} disabled={pending} onClick={() => setConfirming(false)}>
              {t("accept.keep_negotiating")}
            </button>
          </div>
        </form>
      ) : (
        <button type="button" className={buttonClass.primary} onClick={() => setConfirming(true)}>
          {t("accept.button")}
        </button>
      )}
    </div>
  );
}
