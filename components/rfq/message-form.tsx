"use client";

import { useActionState, useState } from "react";
import { useTranslation } from "react-i18next";
import { postQuoteMessageAction } from "@/app/actions/rfq";
import { FormStatus } from "@/components/account/form-status";
import { buttonClass } from "@/components/ui/button-styles";
import { idleState } from "@/lib/forms/action-state";
import { submitWithoutReset } from "@/lib/forms/submit-without-reset";
import type { Locale } from "@/lib/i18n/config";
import { AttachmentUploader } from "./attachment-uploader";
import { TextAreaField } from "./text-area-field";
import { useSuccessCount } from "./use-success-count";

/** A message in one negotiation; cleared once sent, kept when sending fails. */
export function MessageForm({ locale, rfqId, quoteId }: { locale: Locale; rfqId: string; quoteId: string }) {
  const { t } = useTranslation("rfq");
  const [state, action, pending] = useActionState(postQuoteMessageAction.bind(null, locale, rfqId, quoteId), idleState);
  const [body, setBody] = useState("");
  const sent = useSuccessCount(state, () => setBody(""));
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} onSubmit={submitWithoutReset(action)} className="space-y-3" noValidate>
      <FormStatus state={state} />
      <fieldset disabled={pending} className="space-y-3">
        <TextAreaField name="body" id={`message-${quoteId}`} label={t("messages.label")} value={body} onChange={(event) => setBody(event.target.value)} error={errors.body} rows={3} maxLength={5000} required />
        <AttachmentUploader key={sent} locale={locale} id={`message-${quoteId}-files`} label={t("messages.attachments")} error={errors.attachmentIds} disabled={pending} />
      </fieldset>
      <button type="submit" className={buttonClass.secondary} disabled={pending}>
        {pending ? t("form.sending") : t("messages.send")}
      </button>
    </form>
  );
}
