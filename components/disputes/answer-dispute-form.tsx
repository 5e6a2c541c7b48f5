"use client";

import { useActionState } from "react";
import { useTranslation } from "react-i18next";
import { answerDisputeAction } from "@/app/actions/disputes";
import { FormStatus } from "@/components/account/form-status";
import { AttachmentUploader } from "@/components/rfq/attachment-uploader";
import { TextAreaField } from "@/components/rfq/text-area-field";
import { buttonClass } from "@/components/ui/button-styles";
import { idleState } from "@/lib/forms/action-state";
import { submitWithoutReset } from "@/lib/forms/submit-without-reset";
import { useControlledFields } from "@/lib/forms/use-controlled-fields";
import type { Locale } from "@/lib/i18n/config";

/** The supplier's answer to a dispute, with its own evidence. */
export function AnswerDisputeForm({ locale, orderId, disputeId }: { locale: Locale; orderId: string; disputeId: string }) {
  const { t } = useTranslation("disputes");
  const [state, action, pending] = useActionState(answerDisputeAction.bind(null, locale, orderId, disputeId), idleState);
  const { bind } = useControlledFields({ answer: "" });
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} onSubmit={submitWithoutReset(action)} className="space-y-3 border-t border-slate-200 pt-3" noValidate>
      <FormStatus state={state} />
      <fieldset disabled={pending} className="space-y-3">
        <TextAreaField id="dispute-answer" label={t("answer.label")} {...bind("answer")} error={errors.answer} rows={4} maxLength={4000} required />
        <AttachmentUploader locale={locale} id="dispute-answer-files" label={t("answer.evidence")} error={errors.attachments ?? errors.attachmentIds} disabled={pending} />
      </fieldset>
      <button type="submit" className={buttonClass.primary} disabled={pending}>
        {t("answer.submit")}
      </button>
    </form>
  );
}
