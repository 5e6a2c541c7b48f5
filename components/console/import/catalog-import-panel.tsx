"use client";

import { useRouter } from "next/navigation";
import { useEffect, useId, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { buttonClass } from "@/components/ui/button-styles";
import { Alert } from "@/components/ui/alert";
import type { ConsoleImportDetail, ConsoleImportView } from "@/lib/catalog/console-import/console-import-view";
import type { StartedImport } from "@/lib/catalog/console-import/start-console-import";
import type { Locale } from "@/lib/i18n/config";
import { formatNumber } from "@/lib/i18n/format";
import { ImportResult, type SubmitOutcome } from "./import-result";

type Phase =
  | { kind: "idle" }
  | { kind: "uploading"; loaded: number; total: number }
  | { kind: "processing"; job: ConsoleImportView; totalLines: number | null; submit: SubmitOutcome | null; failures: number }
  | { kind: "done"; job: ConsoleImportDetail; submit: SubmitOutcome | null }
  | { kind: "error"; message: string };

const pollEveryMs = 500;
/** Consecutive failed polls (≈ 15 s) before telling the user to come back later. */
const maxPollFailures = 30;

function initialPhase(initial: ConsoleImportDetail | null): Phase {
  if (!initial) return { kind: "idle" };
  if (initial.status === "RUNNING") return { kind: "processing", job: initial, totalLines: initial.totalLines, submit: null, failures: 0 };
  return { kind: "done", job: initial, submit: null };
}

/**
 * The upload form and what follows it: a real upload progress bar (XMLHttpRequest reports
 * bytes sent, fetch does not), then the job's progress polled from the API, then the report.
 * Messages come from the page's locale, not the API's, so the page reads in one language.
 */
export function CatalogImportPanel({ locale, maxBytes, verified, initial }: { locale: Locale; maxBytes: number; verified: boolean; initial: ConsoleImportDetail | null }) {
  const { t } = useTranslation(["imports", "errors"]);
  const router = useRouter();
  const ids = { file: useId(), fileHint: useId(), fileError: useId(), review: useId(), reviewHint: useId(), progress: useId() };
  const [phase, setPhase] = useState<Phase>(() => initialPhase(initial));
  const [fileError, setFileError] = useState<string | null>(null);
  // Another report picked in the list (?id= changed): show it — unless it is the one this tab just finished.
  const [shownId, setShownId] = useState(initial?.id ?? null);
  if ((initial?.id ?? null) !== shownId) {
    setShownId(initial?.id ?? null);
    const finishedHere = phase.kind === "done" && phase.job.id === initial?.id;
    if (!finishedHere && phase.kind !== "uploading" && phase.kind !== "processing") setPhase(initialPhase(initial));
  }
  const busy = phase.kind === "uploading" || phase.kind === "processing";
  const number = (value: number) => formatNumber(locale, value);

  useEffect(() => {
    if (phase.kind !== "processing") return;
    let cancelled = false;
    const timer = setTimeout(async () => {
      try {
        const response = await fetch(`/api/v1/catalog-imports/${phase.job.id}`, { headers: { Accept: "application/json" }, cache: "no-store" });
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        const job = (await response.json()) as ConsoleImportDetail;
        if (cancelled) return;
        if (job.status === "RUNNING") {
          setPhase({ ...phase, job, failures: 0 });
        } else {
          setPhase({ kind: "done", job, submit: phase.submit });
          // Puts the report in the URL (a reload shows it again) and refreshes the list of recent imports.
          router.replace(`/${locale}/supplier/import?id=${job.id}`, { scroll: false });
        }
      } catch {
        if (cancelled) return;
        if (phase.failures + 1 >= maxPollFailures) setPhase({ kind: "error", message: t("progress.connection_lost") });
        else setPhase({ ...phase, failures: phase.failures + 1 });
      }
    }, pollEveryMs);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [phase, locale, router, t]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const file = (form.elements.namedItem("file") as HTMLInputElement).files?.[0];
    const submitForReview = (form.elements.namedItem("submitForReview") as HTMLInputElement).checked;
    // The server checks all of this too; checking here first answers at once, in the page's language.
    const problem = !file || file.size === 0 ? "field.file_required" : !/\.(csv|jsonl|ndjson)$/i.test(file.name) ? "field.catalog_file_type" : file.size > maxBytes ? "field.file_too_large" : null;
    if (problem || !file) {
      setFileError(t(problem ?? "field.file_required", { ns: "errors" }));
      (form.elements.namedItem("file") as HTMLInputElement).focus();
      return;
    }
    setFileError(null);
    const body = new FormData();
    body.set("file", file);
    body.set("submitForReview", String(submitForReview));
    const request = new XMLHttpRequest();
    request.open("POST", "/api/v1/catalog-imports");
    request.responseType = "json";
    request.setRequestHeader("Accept", "application/json");
    request.upload.onprogress = (progress) => setPhase({ kind: "uploading", loaded: progress.loaded, total: progress.lengthComputable ? progress.total : file.size });
    request.onload = () => {
      if (request.status === 202) {
        const started = request.response as StartedImport;
        setPhase({ kind: "processing", job: started.import, totalLines: started.totalLines, submit: { asked: submitForReview, applied: started.submitForReview }, failures: 0 });
        return;
      }
      const error = (request.response as { error?: { code?: string; message?: string } } | null)?.error;
      const message =
        error?.code === "CONFLICT"
          ? t("listing.import_running", { ns: "errors" })
          : error?.code === "VALIDATION_FAILED" && error.message
            ? error.message
            : t(`code.${error?.code ?? "INTERNAL"}`, { ns: "errors" });
      setPhase({ kind: "error", message });
    };
    request.onerror = () => setPhase({ kind: "error", message: t("progress.upload_failed") });
    setPhase({ kind: "uploading", loaded: 0, total: file.size });
    request.send(body);
  }

  const sizeLimit = formatNumber(locale, Math.floor(maxBytes / (1024 * 1024)), { style: "unit", unit: "megabyte" });

  return (
    <div className="space-y-6">
      <section className="rounded-xl border border-slate-200 bg-white p-5 sm:p-6" aria-labelledby="import-form-heading">
        <h2 id="import-form-heading" className="text-lg font-semibold">
          {t("form.heading")}
        </h2>
        <form onSubmit={onSubmit} className="mt-4 space-y-4" noValidate>
          <div className="space-y-1">
            <label htmlFor={ids.file} className="block text-sm font-medium text-slate-800">
              {t("form.file")}
            </label>
            <input
              id={ids.file}
              name="file"
              type="file"
              accept=".jsonl,.ndjson,.csv,text/csv,application/jsonl"
              required
              disabled={busy}
              aria-invalid={fileError ? true : undefined}
              aria-describedby={[ids.fileHint, fileError ? ids.fileError : null].filter(Boolean).join(" ")}
              onChange={() => setFileError(null)}
              className="block w-full max-w-full text-sm text-slate-800 file:mr-3 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-3 file:py-2 file:text-sm file:font-semibold file:text-slate-800 hover:file:bg-slate-50"
            />
            <p id={ids.fileHint} className="text-xs text-slate-600">
              {t("form.file_hint", { size: sizeLimit })}
            </p>
            {fileError ? (
              <p id={ids.fileError} className="text-sm text-red-700" role="alert">
                {fileError}
              </p>
            ) : null}
          </div>
          <div className="flex items-start gap-3">
            <input id={ids.review} name="submitForReview" type="checkbox" disabled={busy} aria-describedby={ids.reviewHint} className="mt-0.5 h-4 w-4 shrink-0 accent-brand-700" />
            <div>
              <label htmlFor={ids.review} className="text-sm font-medium text-slate-800">
                {t("form.submit_for_review")}
              </label>
              <p id={ids.reviewHint} className="text-xs text-slate-600">
                {verified ? t("form.submit_for_review_hint") : t("form.unverified")}
              </p>
            </div>
          </div>
          <button type="submit" className={buttonClass.primary} disabled={busy}>
            {busy ? t("form.busy") : t("form.start")}
          </button>
        </form>
      </section>

      <div role="status" className="sr-only">
        {phase.kind === "uploading" ? t("progress.uploading") : phase.kind === "processing" ? t("progress.processing") : phase.kind === "done" ? t("progress.finished") : ""}
      </div>

      {phase.kind === "uploading" || phase.kind === "processing" ? (
        <section className="rounded-xl border border-slate-200 bg-white p-5 sm:p-6" aria-labelledby={ids.progress} data-testid="import-progress">
          <h2 id={ids.progress} className="text-base font-semibold">
            {phase.kind === "uploading" ? t("progress.uploading") : t("progress.processing")}
          </h2>
          {phase.kind === "uploading" ? (
            <ProgressBar labelledBy={ids.progress} value={phase.loaded} max={phase.total} text={t("progress.uploaded", { percent: formatNumber(locale, phase.total ? phase.loaded / phase.total : 0, { style: "percent" }) })} />
          ) : phase.totalLines !== null ? (
            <ProgressBar
              labelledBy={ids.progress}
              value={Math.min(phase.job.linesDone, phase.totalLines)}
              max={phase.totalLines}
              text={t("progress.lines", { count: phase.totalLines, done: number(phase.job.linesDone), total: number(phase.totalLines) })}
            />
          ) : (
            <ProgressBar labelledBy={ids.progress} text={t("progress.lines_unknown", { count: phase.job.linesDone, formatted: number(phase.job.linesDone) })} />
          )}
        </section>
      ) : null}

      {phase.kind === "error" ? <Alert kind="error">{phase.message}</Alert> : null}
      {phase.kind === "done" ? <ImportResult locale={locale} job={phase.job} submit={phase.submit} /> : null}
    </div>
  );
}

/** A native <progress> (role progressbar, value exposed to assistive technology); without a value it is indeterminate. */
function ProgressBar({ labelledBy, value, max, text }: { labelledBy: string; value?: number; max?: number; text: string }) {
  return (
    <div className="mt-3 space-y-1">
      <progress aria-labelledby={labelledBy} value={value} max={max && max > 0 ? max : 1} className="h-3 w-full overflow-hidden rounded-full accent-brand-700" />
      <p className="text-sm tabular-nums text-slate-700">{text}</p>
    </div>
  );
}
