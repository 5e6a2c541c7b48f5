"use client";

import { useActionState } from "react";
import { useTranslation } from "react-i18next";
import { createTokenAction } from "@/app/actions/account";
import { buttonClass } from "@/components/ui/button-styles";
import { Field } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select-field";
import { idleState } from "@/lib/forms/action-state";
import type { Locale } from "@/lib/i18n/config";
import { FormStatus } from "./form-status";

export function CreateTokenForm({ locale }: { locale: Locale }) {
  const { t } = useTranslation("account");
  const [state, action, pending] = useActionState(createTokenAction.bind(null, locale), idleState);
  const errors = state.fieldErrors ?? {};
  return (
    <div className="space-y-4">
      {state.status === "success" && state.data?.secret ? (
        <div className="rounded-md border border-emerald-200 bg-emerald-50 p-4" role="status">
          <p className="font-medium text-emerald-900">{t("tokens.created_once")}</p>
          <code data-testid="new-token" className="mt-2 block break-all rounded bg-white p-2 font-mono text-sm text-slate-900">
            {state.data.secret}
          </code>
        </div>
      ) : (
        <FormStatus state={state} />
      )}
      <form action={action} className="grid gap-4 sm:grid-cols-[1fr_12rem_auto] sm:items-end" noValidate>
        <Field name="name" label={t("tokens.name")} placeholder={t("tokens.name_placeholder")} error={errors.name} required maxLength={80} />
        <SelectField
          name="expiresInDays"
          label={t("tokens.expires")}
          error={errors.expiresInDays}
          defaultValue="90"
          options={[
            { value: "30", label: t("tokens.expires_days", { count: 30 }) },
            { value: "90", label: t("tokens.expires_days", { count: 90 }) },
            { value: "365", label: t("tokens.expires_days", { count: 365 }) },
            { value: "", label: t("tokens.never") },
          ]}
        />
        <button type="submit" className={buttonClass.primary} disabled={pending}>
          {t("tokens.create")}
        </button>
      </form>
    </div>
  );
}
