"use client";

import { useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { addOrderDocumentAction } from "@/app/actions/orders";
import { FormStatus } from "@/components/account/form-status";
import { buttonClass } from "@/components/ui/button-styles";
import { SelectField } from "@/components/ui/select-field";
import type { ActionState } from "@/lib/forms/action-state";
import { idleState } from "@/lib/forms/action-state";
import { attachmentTypes } from "@/lib/attachments/attachment-types";
import { OrderDocumentKind } from "@/lib/db/generated/enums.ts";
import type { Locale } from "@/lib/i18n/config";

type Props = { locale: Locale; orderId: string };

const accept = [...new Set(Object.values(attachmentTypes).flat())].map((extension) => `.${extension}`).join(",");

/** The API's error body is already in the user's language; a field message is the more specific one. */
function messageOf(body: unknown, fallback: string): string {
  const error = (body as { error?: { message?: string; fields?: Record<string, string> } } | null)?.error;
  return (error?.fields && Object.values(error.fields)[0]) || error?.message || fallback;
}

/**
 * The supplier attaches a trade document: the browser stores the file through
 * POST /api/v1/attachments (large files never pass through a server action), then the server
 * action links the stored upload to the order under the chosen kind.
 */
export function OrderDocumentForm({ locale, orderId }: Props) {
  const { t } = useTranslation("orders");
  const fileInput = useRef<HTMLInputElement>(null);
  const [kind, setKind] = useState<string>(OrderDocumentKind.COMMERCIAL_INVOICE);
  const [state, setState] = useState<ActionState>(idleState);
  const [fileError, setFileError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const file = fileInput.current?.files?.[0];
    setState(idleState);
    setFileError(undefined);
    if (!file) {
      setFileError(t("documents.choose_file"));
      fileInput.current?.focus();
      return;
    }
    setBusy(true);
    try {
      const body = new FormData();
      body.append("file", file);
      const response = await fetch("/api/v1/attachments", { method: "POST", headers: { "Accept-Language": locale }, body });
      const json: unknown = await response.json().catch(() => null);
      const attachmentId = (json as { id?: unknown } | null)?.id;
      if (!response.ok || typeof attachmentId !== "string") {
        setFileError(messageOf(json, t("documents.network_error")));
        return;
      }
      const result = await addOrderDocumentAction(locale, orderId, { attachmentId, kind });
      setState(result);
      if (result.fieldErrors?.attachmentId) setFileError(result.fieldErrors.attachmentId);
      if (result.status === "success" && fileInput.current) fileInput.current.value = "";
    } catch {
      setFileError(t("documents.network_error"));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4 rounded-lg border border-slate-200 p-4" noValidate aria-labelledby="order-document-form-heading">
      <h3 id="order-document-form-heading" className="font-semibold">
        {t("documents.upload_title")}
      </h3>
      <FormStatus state={state} />
      <div className="grid gap-4 sm:grid-cols-2">
        <div className="space-y-1">
          <label htmlFor="order-document-file" className="block text-sm font-medium text-slate-800">
            {t("documents.file")}
          </label>
          <input
            ref={fileInput}
            id="order-document-file"
            name="file"
            type="file"
            accept={accept}
            disabled={busy}
            aria-invalid={fileError ? true : undefined}
            aria-describedby={`order-document-file-hint${fileError ? " order-document-file-error" : ""}`}
            className="block w-full text-sm text-slate-700 file:mr-3 file:cursor-pointer file:rounded-md file:border-0 file:bg-slate-100 file:px-3 file:py-2 file:text-sm file:font-semibold file:text-slate-800 hover:file:bg-slate-200"
          />
          <p id="order-document-file-hint" className="text-xs text-slate-600">
            {t("documents.file_hint")}
          </p>
          {fileError ? (
            <p id="order-document-file-error" className="text-sm text-red-700" role="alert">
              {fileError}
            </p>
          ) : null}
        </div>
        <SelectField
          name="kind"
          id="order-document-kind"
          label={t("documents.kind")}
          value={kind}
          onChange={(event) => setKind(event.target.value)}
          disabled={busy}
          error={state.fieldErrors?.kind}
          options={Object.values(OrderDocumentKind).map((value) => ({ value, label: t(`document_kind.${value}`) }))}
        />
      </div>
      <button type="submit" className={buttonClass.secondary} disabled={busy}>
        {busy ? t("documents.uploading") : t("documents.submit")}
      </button>
    </form>
  );
}
