"use client";

import { useActionState, useState } from "react";
import { useTranslation } from "react-i18next";
import { reviewVerificationAction } from "@/app/actions/verification";
import { FormStatus } from "@/components/account/form-status";
import { buttonClass } from "@/components/ui/button-styles";
import { SelectField } from "@/components/ui/select-field";
import { idleState } from "@/lib/forms/action-state";
import { submitWithoutReset } from "@/lib/forms/submit-without-reset";
import type { Locale } from "@/lib/i18n/config";
import { checkKeys, reasonCodes } from "@/lib/verification/verification-rules";

/**
 * The moderator's decision: approve with the checks done, or reject / ask for more documents
 * with a reason from the fixed list (the supplier reads it in its own language) and a note.
 * Every field is controlled, so a refused decision keeps what was ticked and typed.
 */
export function DecisionForm({ locale, requestId }: { locale: Locale; requestId: string }) {
  const { t } = useTranslation("verification");
  const [state, action, pending] = useActionState(reviewVerificationAction.bind(null, locale, requestId), idleState);
  const [checks, setChecks] = useState<string[]>([]);
  const [reasonCode, setReasonCode] = useState("");
  const [note, setNote] = useState("");
  const errors = state.fieldErrors ?? {};
  if (state.status === "success") return <FormStatus state={state} />;
  return (
    <form action={action} onSubmit={submitWithoutReset(action)} noValidate aria-labelledby="decision-title" className="space-y-4 rounded-xl border border-slate-200 bg-white p-5">
      <h2 id="decision-title" className="text-lg font-semibold text-slate-900">
        {t("review.decision_title")}
      </h2>
      <FormStatus state={state} />
      <fieldset className="space-y-2" aria-describedby={errors.checks ? "decision-checks-error" : undefined}>
        <legend className="text-sm font-medium text-slate-800">{t("review.checks_legend")}</legend>
        {checkKeys.map((key) => (
          <label key={key} className="flex items-start gap-2 text-sm text-slate-800">
            <input
              type="checkbox"
              name="checks"
              value={key}
              checked={checks.includes(key)}
              onChange={(event) => setChecks((all) => (event.target.checked ? [...all, key] : all.filter((k) => k !== key)))}
              className="mt-0.5 h-4 w-4 rounded border-slate-300"
            />
            <span>{t(`check.${key}`)}</span>
          </label>
        ))}
        {errors.checks ? (
          <p id="decision-checks-error" role="alert" className="text-sm text-red-700">
            {errors.checks}
          </p>
        ) : null}
      </fieldset>
      <SelectField
        id="decision-reason"
        name="reasonCode"
        label={t("review.reason_code")}
        value={reasonCode}
        onChange={(event) => setReasonCode(event.target.value)}
        error={errors.reasonCode}
        options={[{ value: "", label: t("review.reason_placeholder") }, ...reasonCodes.map((code) => ({ value: code, label: t(`reason.${code}`) }))]}
      />
      <div className="space-y-1">
        <label htmlFor="decision-note" className="block text-sm font-medium text-slate-800">
          {t("review.note")}
        </label>
        <textarea
          id="decision-note"
          name="note"
          rows={3}
          maxLength={2000}
          value={note}
          onChange={(event) => setNote(event.target.value)}
          aria-invalid={errors.note ? true : undefined}
          aria-describedby={errors.note ? "decision-note-hint decision-note-error" : "decision-note-hint"}
          className="block w-full rounded-md border border-slate-300 px-3 py-2 text-sm aria-[invalid]:border-red-500"
        />
        <p id="decision-note-hint" className="text-xs text-slate-600">
          {t("review.note_hint")}
        </p>
        {errors.note ? (
          <p id="decision-note-error" role="alert" className="text-sm text-red-700">
            {errors.note}
          </p>
        ) : null}
      </div>
      <div className="flex flex-wrap gap-2">
        <button type="submit" name="decision" value="approve" className={buttonClass.primary} disabled={pending}>
          {t("review.approve")}
        </button>
        <button type="submit" name="decision" value="request_more_info" className={buttonClass.secondary} disabled={pending}>
          {t("review.request_more_info")}
        </button>
        <button type="submit" name="decision" value="reject" className={buttonClass.danger} disabled={pending}>
          {t("review.reject")}
        </button>
      </div>
      {pending ? (
        <p role="status" className="text-sm text-slate-700">
          {t("review.saving")}
        </p>
      ) : null}
    </form>
  );
}
