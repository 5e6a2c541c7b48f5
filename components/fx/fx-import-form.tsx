"use client";

import { useActionState, useState } from "react";
import { useTranslation } from "react-i18next";
import { importFxRatesAction } from "@/app/actions/fx";
import { FormStatus } from "@/components/account/form-status";
import { buttonClass } from "@/components/ui/button-styles";
import { submitWithoutReset } from "@/lib/forms/submit-without-reset";
import type { Locale } from "@/lib/i18n/config";
import { formatNumber } from "@/lib/i18n/format";
import { idleImportState } from "./fx-import-state";

const example = "base,quote,rate,source,effectiveAt\nUSD,KZT,518.40,National Bank of Kazakhstan,2026-11-27T09:00:00Z\nUSD,CNY,7.0950,PBoC,2026-11-27T09:15:00Z";

/** Paste or upload a CSV of rates; the answer lists every line that was not imported, by number. */
export function FxImportForm({ locale }: { locale: Locale }) {
  const { t } = useTranslation("fx");
  const [state, action, pending] = useActionState(importFxRatesAction.bind(null, locale), idleImportState);
  const [csv, setCsv] = useState("");
  const csvError = state.fieldErrors?.csv;
  const report = state.report;
  const issues = report ? [...report.errors, ...report.duplicates].sort((a, b) => a.line - b.line) : [];
  const fieldLabel = (field: string) => (["base", "quote", "rate", "source"].includes(field) ? t(`form.${field}`) : field === "effectiveAt" ? t("form.effective_at") : field);
  const count = (key: string, value: number) => t(key, { count: value, formatted: formatNumber(locale, value) });

  return (
    <div className="space-y-4">
      <form action={action} onSubmit={submitWithoutReset(action)} className="space-y-4" noValidate aria-labelledby="fx-import-heading">
        {state.status === "error" ? <FormStatus state={state} /> : null}
        <div className="space-y-1">
          <label htmlFor="fx-csv" className="block text-sm font-medium text-slate-800">
            {t("import.paste")}
          </label>
          <textarea
            id="fx-csv"
            name="csv"
            rows={6}
            value={csv}
            onChange={(event) => setCsv(event.target.value)}
            spellCheck={false}
            placeholder={example}
            aria-invalid={csvError ? true : undefined}
            aria-describedby={csvError ? "fx-csv-error" : undefined}
            className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 font-mono text-xs shadow-sm aria-[invalid]:border-red-500 sm:text-sm"
          />
          {csvError ? (
            <p id="fx-csv-error" role="alert" className="text-sm text-red-700">
              {csvError}
            </p>
          ) : null}
        </div>
        <details className="text-sm text-slate-700">
          <summary className="cursor-pointer font-medium text-brand-700">{t("import.example")}</summary>
          <pre className="mt-2 overflow-x-auto rounded bg-slate-50 p-2 font-mono text-xs text-slate-800">{example}</pre>
        </details>
        <div className="space-y-1">
          <label htmlFor="fx-csv-file" className="block text-sm font-medium text-slate-800">
            {t("import.file")}
          </label>
          <input id="fx-csv-file" name="file" type="file" accept=".csv,text/csv,text/plain" aria-describedby="fx-csv-file-hint" className="block w-full text-sm text-slate-700 file:mr-3 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-3 file:py-1.5 file:text-sm file:font-semibold" />
          <p id="fx-csv-file-hint" className="text-xs text-slate-600">
            {t("import.file_hint")}
          </p>
        </div>
        <button type="submit" className={`${buttonClass.primary} w-full sm:w-auto`} disabled={pending}>
          {pending ? t("import.importing") : t("import.submit")}
        </button>
      </form>

      {state.status === "success" && report ? (
        <div role="status" className="space-y-3 rounded-md border border-slate-200 bg-slate-50 p-4 text-sm">
          <p className="font-medium text-slate-900">{state.message}</p>
          <ul className="flex flex-wrap gap-x-4 gap-y-1 text-slate-800">
            <li>{count("import.imported", report.imported)}</li>
            <li>{count("import.duplicates", report.duplicates.length)}</li>
            <li>{count("import.rejected", report.errors.length)}</li>
          </ul>
          {issues.length ? (
            <div className="relative overflow-x-auto">
              <table className="w-full min-w-[18rem] text-left">
                <caption className="mb-2 text-left font-semibold text-slate-900">{t("import.report_title")}</caption>
                <thead className="border-b border-slate-200 text-slate-600">
                  <tr>
                    <th scope="col" className="py-1 pr-4 font-medium">{t("import.line")}</th>
                    <th scope="col" className="py-1 font-medium">{t("import.problem")}</th>
                  </tr>
                </thead>
                <tbody>
                  {issues.map((issue, index) => (
                    <tr key={`${issue.line}-${issue.field ?? ""}-${index}`} className="border-b border-slate-100 last:border-0 align-top">
                      <th scope="row" className="py-1 pr-4 font-normal tabular-nums">{formatNumber(locale, issue.line)}</th>
                      <td className="py-1">{issue.field ? `${fieldLabel(issue.field)}: ${t(issue.key)}` : t(issue.key)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
