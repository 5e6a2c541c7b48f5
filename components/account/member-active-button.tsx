"use client";

import { useActionState } from "react";
import { useTranslation } from "react-i18next";
import { setMemberActiveAction } from "@/app/actions/account";
import { buttonClass } from "@/components/ui/button-styles";
import { idleState } from "@/lib/forms/action-state";
import type { Locale } from "@/lib/i18n/config";

export function MemberActiveButton({ locale, userId, active, memberName }: { locale: Locale; userId: string; active: boolean; memberName: string }) {
  const { t } = useTranslation("account");
  const [state, action, pending] = useActionState(setMemberActiveAction.bind(null, locale, userId, !active), idleState);
  return (
    <form action={action} className="inline">
      <button type="submit" className={active ? buttonClass.danger : buttonClass.secondary} disabled={pending} aria-label={`${active ? t("members.deactivate") : t("members.reactivate")}: ${memberName}`}>
        {active ? t("members.deactivate") : t("members.reactivate")}
      </button>
      {state.status === "error" ? (
        <span role="alert" className="ml-2 text-sm text-red-700">
          {state.message}
        </span>
      ) : null}
    </form>
  );
}
