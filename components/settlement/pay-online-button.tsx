"use client";

import { useActionState, useEffect } from "react";
import { useTranslation } from "react-i18next";
import { startInvoiceCheckoutAction } from "@/app/actions/stripe-checkout";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button-styles";
import { idleState } from "@/lib/forms/action-state";
import type { Locale } from "@/lib/i18n/config";

/** Opens Stripe Checkout for what is still open on the invoice; the payment is recorded when Stripe confirms it. */
export function PayOnlineButton({ locale, invoiceId, label }: { locale: Locale; invoiceId: string; label: string }) {
  const { t } = useTranslation("settlement");
  const [state, action, pending] = useActionState(startInvoiceCheckoutAction.bind(null, locale, invoiceId), idleState);
  const url = state.status === "success" ? state.data?.url : undefined;
  useEffect(() => {
    if (url) window.location.assign(url);
  }, [url]);
  return (
    <form action={action} className="space-y-2">
      {state.status === "error" && state.message ? <Alert kind="error">{state.message}</Alert> : null}
      <button type="submit" className={`${buttonClass.secondary} whitespace-nowrap`} disabled={pending || Boolean(url)}>
        {pending || url ? t("card.redirecting") : label}
      </button>
    </form>
  );
}
