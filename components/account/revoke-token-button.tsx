"use client";

import { useActionState } from "react";
import { useTranslation } from "react-i18next";
import { revokeTokenAction } from "@/app/actions/account";
import { buttonClass } from "@/components/ui/button-styles";
import { idleState } from "@/lib/forms/action-state";
import type { Locale } from "@/lib/i18n/config";

export function RevokeTokenButton({ locale, tokenId, tokenName }: { locale: Locale; tokenId: string; tokenName: string }) {
  const { t } = useTranslation("account");
  const [state, action, pending] = useActionState(revokeTokenAction.bind(null, locale, tokenId), idleState);
  return (
    <form action={action} className="inline">
      <button type="submit" className={buttonClass.danger} disabled={pending} aria-label={`${t("tokens.revoke")}: ${tokenName}`}>
        {t("tokens.revoke")}
      </button>
      {state.status === "error" ? <span role="alert" className="ml-2 text-sm text-red-700">{state.message}</span> : null}
    </form>
  );
}
