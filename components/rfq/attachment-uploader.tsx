"use client";

import { useState, type ChangeEvent } from "react";
import { useTranslation } from "react-i18next";
import { attachmentLimits, attachmentTypes } from "@/lib/attachments/attachment-types";
import type { Locale } from "@/lib/i18n/config";
import { formatFileSize } from "./file-size";

export type UploadedFile = { id: string; fileName: string; byteSize: number };

type Props = {
  locale: Locale;
  id: string;
  label: string;
  error?: string;
  disabled?: boolean;
  initial?: UploadedFile[];
  /** Name of the hidden inputs carrying the ids (default `attachmentIds`). */
  name?: string;
  /** Most files (default: the attachment limit per link). */
  max?: number;
  /** File extensions offered by the picker (default: every attachment type); the server checks the bytes anyway. */
  extensions?: readonly string[];
  /** Hint under the picker (default: the generic attachment hint). */
  hint?: string;
  /** Where the uploader's own messages come from (default `rfq:attachments.*`), and values they need. */
  copy?: { namespace: "rfq" | "verification"; prefix: string; values?: Record<string, string> };
};

const allExtensions = Object.values(attachmentTypes).flat();

/** The API's error body is already in the user's language; a field message is the more specific one. */
function messageOf(body: unknown, fallback: string): string {
  const error = (body as { error?: { message?: string; fields?: Record<string, string> } } | null)?.error;
  return (error?.fields && Object.values(error.fields)[0]) || error?.message || fallback;
}

/**
 * Files for an RFQ, an offer, a message, a dispute or a company document: each chosen file is
 * uploaded at once to POST /api/v1/attachments (which checks its size and its type from its
 * bytes), and the form carries only the ids (hidden inputs named `name`), which the action
 * claims when it saves. Removing a file only drops it from the form.
 */
export function AttachmentUploader({ locale, id, label, error, disabled, initial = [], name = "attachmentIds", max = attachmentLimits.perLink, extensions = allExtensions, hint, copy }: Props) {
  const { t: translate } = useTranslation(copy?.namespace ?? "rfq");
  const t = (key: string, values: Record<string, string | number> = {}) => translate(`${copy?.prefix ?? "attachments"}.${key}`, { ...copy?.values, ...values });
  const [files, setFiles] = useState<UploadedFile[]>(initial.slice(0, max));
  const [uploading, setUploading] = useState<string | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const full = files.length >= max;

  async function onChange(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const chosen = [...(input.files ?? [])];
    const failed: string[] = [];
    let room = max - files.length;
    for (const file of chosen) {
      if (room <= 0) {
        failed.push(t("too_many", { count: max }));
        break;
      }
      setUploading(file.name);
      try {
        const body = new FormData();
        body.append("file", file);
        const response = await fetch("/api/v1/attachments", { method: "POST", body, headers: { "Accept-Language": locale } });
        const json: unknown = await response.json().catch(() => null);
        if (response.ok && json && typeof json === "object" && "id" in json) {
          const uploaded = json as UploadedFile;
          setFiles((all) => [...all, { id: uploaded.id, fileName: uploaded.fileName, byteSize: uploaded.byteSize }]);
          room -= 1;
        } else {
          failed.push(`${file.name}: ${messageOf(json, t("failed"))}`);
        }
      } catch {
        failed.push(`${file.name}: ${t("network_error")}`);
      }
    }
    setUploading(null);
    setProblems(failed);
    input.value = "";
  }

  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <div className="space-y-2">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <input
        id={id}
        type="file"
        multiple={max > 1}
        accept={extensions.map((extension) => `.${extension}`).join(",")}
        onChange={onChange}
        disabled={disabled || full || uploading !== null}
        aria-describedby={[hintId, error ? errorId : null].filter(Boolean).join(" ")}
        aria-invalid={error ? true : undefined}
        className="block w-full max-w-full text-sm text-slate-700 file:mr-3 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-3 file:py-1.5 file:text-sm file:font-semibold file:text-slate-800 hover:file:bg-slate-50"
      />
      <p id={hintId} className="text-xs text-slate-600">
        {hint ?? t("hint", { count: max })}
      </p>
      <p role="status" className="text-sm text-slate-700">
        {uploading ? t("uploading", { name: uploading }) : ""}
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
        <ul aria-label={t("chosen")} className="space-y-1">
          {files.map((file) => (
            <li key={file.id} className="flex min-w-0 flex-wrap items-center gap-x-3 gap-y-1 rounded-md border border-slate-200 bg-slate-50 px-3 py-1.5 text-sm">
              <input type="hidden" name={name} value={file.id} />
              <span className="min-w-0 flex-1 truncate font-medium text-slate-900">{file.fileName}</span>
              <span className="text-xs text-slate-600">{formatFileSize(locale, file.byteSize)}</span>
              <button type="button" disabled={disabled} onClick={() => setFiles((all) => all.filter((f) => f.id !== file.id))} className="text-sm font-medium text-red-700 hover:underline">
                {t("remove")}
                <span className="sr-only"> {file.fileName}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
