"use client";

import { useActionState } from "react";
import { useTranslation } from "react-i18next";
import { openDisputeAction } from "@/app/actions/disputes";
import { FormStatus } from "@/components/account/form-status";
import { AttachmentUploader } from "@/components/rfq/attachment-uploader";
import { TextAreaField } from "@/components/rfq/text-area-field";
import { buttonClass } from "@/components/ui/button-styles";
import { SelectField } from "@/components/ui/select-field";
import { disputeReasons } from "@/lib/disputes/dispute-input";
import { idleState } from "@/lib/forms/action-state";
import { submitWithoutReset } from "@/lib/forms/submit-without-reset";
import { useControlledFields } from "@/lib/forms/use-controlled-fields";
import type { Locale } from "@/lib/i18n/config";

/** The buyer opens a dispute: what went wrong, in their words, with photos or documents. */
export function OpenDisputeForm({ locale, orderId, late }: { locale: Locale; orderId: string; late: boolean }) {
  const { t } = useTranslation("disputes");
  const [state, action, pending] = useActionState(openDisputeAction.bind(null, locale, orderId), idleState);
  const { bind } = useControlledFields({ reason: late ? "late_delivery" : "quality_not_as_agreed", description: "" });
  const errors = state.fieldErrors ?? {};
  return (
    <details className="rounded-md border border-amber-200 bg-amber-50/50 p-4">
      <summary className="cursor-pointer font-medium text-amber-900">{t("open.title")}</summary>
      <form action={action} onSubmit={submitWithoutReset(action)} className="mt-3 space-y-3" noValidate>
        <p className="text-sm text-slate-700">{t("open.explain")}</p>
        <FormStatus state={state} />
        <fieldset disabled={pending} className="space-y-3">
          <SelectField id="dispute-reason" label={t("open.reason")} {...bind("reason")} error={errors.reason} options={disputeReasons.map((reason) => ({ value: reason, label: t(`reason.${reason}`) }))} />
          <TextAreaField id="dispute-description" label={t("open.description")} {...bind("description")} error={errors.description} rows={4} maxLength={4000} required />
          <AttachmentUploader locale={locale} id="dispute-files" label={t("open.evidence")} error={errors.attachments ?? errors.attachmentIds} disabled={pending} />
        </fieldset>
        <button type="submit" className={buttonClass.primary} disabled={pending}>
          {t("open.submit")}
        </button>
      </form>
    </details>
  );
}
