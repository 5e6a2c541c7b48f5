"use client";

import Link from "next/link";
import { useActionState, useState } from "react";
import { useTranslation } from "react-i18next";
import { cancelRfqAction, publishRfqAction } from "@/app/actions/rfq";
import { FormStatus } from "@/components/account/form-status";
import { buttonClass } from "@/components/ui/button-styles";
import { idleState } from "@/lib/forms/action-state";
import type { Locale } from "@/lib/i18n/config";

/** Publish a draft; cancel a draft or an open RFQ (asked twice: suppliers are told). */
export function RfqBuyerActions({ locale, rfqId, canPublish, canCancel }: { locale: Locale; rfqId: string; canPublish: boolean; canCancel: boolean }) {
  const { t } = useTranslation("rfq");
  const [publishState, publish, publishing] = useActionState(publishRfqAction.bind(null, locale, rfqId), idleState);
  const [cancelState, cancel, cancelling] = useActionState(cancelRfqAction.bind(null, locale, rfqId), idleState);
  const [confirming, setConfirming] = useState(false);
  const busy = publishing || cancelling;
  return (
    <div className="space-y-3">
      <FormStatus state={publishState} />
      {publishState.fieldErrors ? (
        // A draft whose dates have passed cannot be published; say which date, there is no form here.
        <ul className="list-disc space-y-1 pl-5 text-sm text-red-700">
          {Object.entries(publishState.fieldErrors).map(([field, error]) => (
            <li key={field}>{field === "requiredBy" ? `${t("details.required_by")}: ${error}` : field === "expiresAt" ? `${t("details.expires")}: ${error}` : error}</li>
          ))}
        </ul>
      ) : null}
      <FormStatus state={cancelState} />
      <div className="flex flex-wrap items-start gap-2">
        {canPublish ? (
          <Link href={`/${locale}/rfqs/${rfqId}/edit`} className={buttonClass.secondary}>
            {t("new.edit_link")}
          </Link>
        ) : null}
        {canPublish ? (
          <form action={publish}>
            <button type="submit" className={buttonClass.primary} disabled={busy}>
              {publishing ? t("form.sending") : t("actions.publish")}
            </button>
          </form>
        ) : null}
        {canCancel && !confirming ? (
          <button type="button" className={buttonClass.danger} disabled={busy} onClick={() => setConfirming(true)}>
            {t("actions.cancel")}
          </button>
        ) : null}
      </div>
      {canCancel && confirming ? (
        <form action={cancel} className="space-y-3 rounded-lg border border-red-200 bg-red-50 p-4">
          <p className="text-sm text-red-900">{t("actions.cancel_confirm")}</p>
          <div className="flex flex-wrap gap-2">
            <button type="submit" className={buttonClass.danger} disabled={busy}>
              {cancelling ? t("form.sending") : t("actions.cancel_confirm_button")}
            </button>
            <button type="button" className={buttonClass.secondary} disabled={busy} onClick={() => setConfirming(false)}>
              {t("actions.keep_open")}
            </button>
          </div>
        </form>
      ) : null}
    </div>
  );
}
