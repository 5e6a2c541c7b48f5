"use client";

import { useState } from "react";
import { useTranslation } from "react-i18next";
import { SelectField } from "@/components/ui/select-field";
import { rejectionReasonCodes } from "@/lib/listings/rejection-reasons";

type Props = {
  /** Makes the ids unique on a page with many forms. */
  idPrefix: string;
  /** Translated field errors from the last attempt. */
  errors?: Record<string, string>;
  /** Values sent back after a failed attempt. */
  values?: Record<string, string>;
};

/**
 * A reason code the supplier reads in their own language, and a note in the moderator's
 * words. Both controlled, so they survive React's form reset after a failed decision.
 * "Other" comes first: rejecting without choosing asks for a note rather than sending a
 * code the moderator did not pick.
 */
export function ReasonFields({ idPrefix, errors, values }: Props) {
  const { t } = useTranslation("review");
  const [reasonCode, setReasonCode] = useState(values?.reasonCode ?? "other");
  const [note, setNote] = useState(values?.reason ?? "");
  const noteId = `reason-${idPrefix}`;
  const noteError = errors?.reason;
  const options = ["other", ...rejectionReasonCodes.filter((code) => code !== "other")].map((code) => ({ value: code, label: t(`reasons.${code}`) }));
  return (
    <div className="space-y-3">
      <SelectField name="reasonCode" id={`reason-code-${idPrefix}`} label={t("reason_code_label")} options={options} value={reasonCode} onChange={(event) => setReasonCode(event.target.value)} error={errors?.reasonCode} />
      <div className="space-y-1">
        <label htmlFor={noteId} className="block text-sm font-medium text-slate-800">
          {t("reason_label")}
        </label>
        <textarea
          id={noteId}
          name="reason"
          rows={2}
          value={note}
          onChange={(event) => setNote(event.target.value)}
          maxLength={1000}
          aria-invalid={noteError ? true : undefined}
          aria-describedby={noteError ? `${noteId}-error` : `${noteId}-hint`}
          className="block w-full rounded-md border border-slate-300 px-3 py-2 text-sm aria-[invalid]:border-red-500"
        />
        {noteError ? (
          <p id={`${noteId}-error`} role="alert" className="text-sm text-red-700">
            {noteError}
          </p>
        ) : (
          <p id={`${noteId}-hint`} className="text-xs text-slate-600">
            {t("reason_hint")}
          </p>
        )}
      </div>
    </div>
  );
}
