"use client";

import { useState, type ChangeEvent } from "react";
import { useTranslation } from "react-i18next";
import { formatFileSize } from "@/components/rfq/file-size";
import type { Locale } from "@/lib/i18n/config";
import { documentFieldName } from "@/lib/verification/read-verification-forms";
import { documentRules } from "@/lib/verification/verification-rules";
import type { VerificationDocumentKind } from "@/lib/db/generated/enums.ts";

export type UploadedDocument = { id: string; fileName: string; byteSize: number };

type Props = { locale: Locale; kind: VerificationDocumentKind; error?: string; disabled?: boolean; initial?: UploadedDocument[] };

/** The API's error body is already in the user's language; a field message is the more specific one. */
function messageOf(body: unknown, fallback: string): string {
  const error = (body as { error?: { message?: string; fields?: Record<string, string> } } | null)?.error;
  return (error?.fields && Object.values(error.fields)[0]) || error?.message || fallback;
}

/**
 * The files of one kind of company document. Like the RFQ uploader, each chosen file goes at
 * once to POST /api/v1/attachments (which checks its size and its type from its bytes) and the
 * form carries only the IDs, in hidden `document.<KIND>` inputs that the action reads per
 * kind; it offers only what a kind accepts (PDF or images, photos as images).
 */
export function DocumentUploader({ locale, kind, error, disabled, initial = [] }: Props) {
  const { t } = useTranslation("verification");
  const rule = documentRules[kind];
  const [files, setFiles] = useState<UploadedDocument[]>(initial.slice(0, rule.max));
  const [uploading, setUploading] = useState<string | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const label = t(`document_kind.${kind}`);
  const id = `document-${kind}`;

  async function onChange(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const chosen = [...(input.files ?? [])];
    const failed: string[] = [];
    let room = rule.max - files.length;
    for (const file of chosen) {
      if (room <= 0) {
        failed.push(t("upload.too_many", { count: rule.max }));
        break;
      }
      setUploading(file.name);
      try {
        const body = new FormData();
        body.append("file", file);
        const response = await fetch("/api/v1/attachments", { method: "POST", body, headers: { "Accept-Language": locale } });
        const json: unknown = await response.json().catch(() => null);
        if (response.ok && json && typeof json === "object" && "id" in json) {
          const uploaded = json as UploadedDocument;
          setFiles((all) => [...all, { id: uploaded.id, fileName: uploaded.fileName, byteSize: uploaded.byteSize }]);
          room -= 1;
        } else {
          failed.push(`${file.name}: ${messageOf(json, t("upload.failed"))}`);
        }
      } catch {
        failed.push(`${file.name}: ${t("upload.network_error")}`);
      }
    }
    setUploading(null);
    setProblems(failed);
    input.value = "";
  }

  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <fieldset className="space-y-2 rounded-lg border border-slate-200 p-4">
      <legend className="px-1 text-sm font-semibold text-slate-900">{label}</legend>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {t("upload.choose", { kind: label })}
      </label>
      <input
        id={id}
        type="file"
        multiple={rule.max > 1}
        accept={rule.extensions.map((extension) => `.${extension}`).join(",")}
        onChange={onChange}
        disabled={disabled || files.length >= rule.max || uploading !== null}
        aria-describedby={[hintId, error ? errorId : null].filter(Boolean).join(" ")}
        aria-invalid={error ? true : undefined}
        className="block w-full max-w-full text-sm text-slate-700 file:mr-3 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-3 file:py-1.5 file:text-sm file:font-semibold file:text-slate-800 hover:file:bg-slate-50"
      />
      <p id={hintId} className="text-xs text-slate-600">
        {t(`form.kind_hint.${kind}`, { count: rule.max })}
      </p>
      <p role="status" className="text-sm text-slate-700">
        {uploading ? t("upload.uploading", { name: uploading }) : ""}
      </p>
      {problems.length ? (
        <ul role="alert" className="space-y-1 text-sm text-red-700">
          {problems.map((problem, index) => (
            <li key={index}>{problem}</li>
          ))}
        </ul>
      ) : null}
      {error ? (
        <p id={errorId} role="alert" className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
      {files.length ? (
        <ul aria-label={t("upload.chosen", { kind: label })} className="space-y-1">
          {files.map((file) => (
            <li key={file.id} className="flex min-w-0 flex-wrap items-center gap-x-3 gap-y-1 rounded-md border border-slate-200 bg-slate-50 px-3 py-1.5 text-sm">
              <input type="hidden" name={documentFieldName(kind)} value={file.id} />
              <span className="min-w-0 flex-1 truncate font-medium text-slate-900">{file.fileName}</span>
              <span className="text-xs text-slate-600">{formatFileSize(locale, file.byteSize)}</span>
              <button type="button" disabled={disabled} onClick={() => setFiles((all) => all.filter((f) => f.id !== file.id))} className="text-sm font-medium text-red-700 hover:underline">
                {t("upload.remove")}
                <span className="sr-only"> {file.fileName}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </fieldset>
  );
}
