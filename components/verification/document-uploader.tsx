"use client";

import { useTranslation } from "react-i18next";
import { AttachmentUploader, type UploadedFile } from "@/components/rfq/attachment-uploader";
import type { VerificationDocumentKind } from "@/lib/db/generated/enums.ts";
import type { Locale } from "@/lib/i18n/config";
import { documentFieldName } from "@/lib/verification/read-verification-forms";
import { buyerDocumentRules, documentRules } from "@/lib/verification/verification-rules";

export type UploadedDocument = UploadedFile;

type Props = { locale: Locale; kind: VerificationDocumentKind; error?: string; disabled?: boolean; initial?: UploadedDocument[]; /** A buyer's request: the kinds under buyers' names and rules. */ buyer?: boolean };

/**
 * The files of one kind of company document: the shared uploader, offering only what the kind
 * accepts (PDF or images, photos as images), with its ids in hidden `document.<KIND>` inputs
 * that the action reads per kind.
 */
export function DocumentUploader({ locale, kind, error, disabled, initial = [], buyer = false }: Props) {
  const { t } = useTranslation("verification");
  const rule = (buyer ? buyerDocumentRules : documentRules)[kind];
  const label = t(buyer ? `buyer.document_kind.${kind}` : `document_kind.${kind}`);
  return (
    <fieldset className="space-y-2 rounded-lg border border-slate-200 p-4">
      <legend className="px-1 text-sm font-semibold text-slate-900">{label}</legend>
      <AttachmentUploader
        locale={locale}
        id={`document-${kind}`}
        label={t("upload.choose", { kind: label })}
        error={error}
        disabled={disabled}
        initial={initial}
        name={documentFieldName(kind)}
        max={rule.max}
        extensions={rule.extensions}
        hint={t(buyer ? `buyer.kind_hint.${kind}` : `form.kind_hint.${kind}`, { count: rule.max })}
        copy={{ namespace: "verification", prefix: "upload", values: { kind: label } }}
      />
    </fieldset>
  );
}
