"use client";

import { useTranslation } from "react-i18next";
import { Alert } from "@/components/ui/alert";
import type { ConsoleImportDetail } from "@/lib/catalog/console-import/console-import-view";
import type { Locale } from "@/lib/i18n/config";
import { formatNumber } from "@/lib/i18n/format";

/** Whether new listings went to review: known only in the tab that started the import. */
export type SubmitOutcome = { asked: boolean; applied: boolean };

/** Field paths the importer uses for "the line as a whole", not one of its fields. */
const wholeLine = new Set(["_line", "_form"]);

/** Counts and the per-line report of a finished (or stopped) import. */
export function ImportResult({ locale, job, submit }: { locale: Locale; job: ConsoleImportDetail; submit: SubmitOutcome | null }) {
  const { t } = useTranslation(["imports", "errors"]);
  const number = (value: number) => formatNumber(locale, value);
  const unlisted = job.failed - job.issues.filter((issue) => issue.line > 0).length;
  const wroteNew = job.created > 0;
  return (
    <section className="space-y-4 rounded-xl border border-slate-200 bg-white p-5 sm:p-6" aria-labelledby="import-result-heading" data-testid="import-result">
      <div>
        <h2 id="import-result-heading" className="text-lg font-semibold">
          {t("result.heading")}
        </h2>
        <p className="mt-1 break-words text-sm text-slate-700">{t("result.summary", { count: job.linesDone, formatted: number(job.linesDone), file: job.fileName })}</p>
      </div>

      {job.status === "FAILED" ? <Alert kind="error">{t("result.interrupted", { count: job.linesDone, formatted: number(job.linesDone) })}</Alert> : null}

      <dl className="flex flex-wrap gap-2 sm:gap-4">
        {(["created", "updated", "failed"] as const).map((key) => (
          <div key={key} className={`min-w-[8rem] flex-1 rounded-lg border p-3 ${key === "failed" && job.failed > 0 ? "border-red-200 bg-red-50" : "border-slate-200 bg-slate-50"}`}>
            <dt className="text-xs font-medium text-slate-700 wrap-anywhere sm:text-sm">{t(`result.${key}`)}</dt>
            <dd className="mt-1 text-xl font-semibold tabular-nums text-slate-900 sm:text-2xl" data-testid={`import-${key}`}>
              {number(job[key])}
            </dd>
          </div>
        ))}
      </dl>

      {wroteNew && submit ? (
        <p className="text-sm text-slate-700">{submit.applied ? t("result.submitted") : submit.asked ? t("result.not_verified") : t("result.drafts")}</p>
      ) : null}
      {job.status === "SUCCEEDED" && job.failed === 0 ? <Alert kind="success">{t("result.all_good")}</Alert> : null}

      {job.issues.length > 0 ? (
        <div className="space-y-2">
          <h3 id="import-report-heading" className="text-base font-semibold">
            {t("report.heading")}
          </h3>
          <p className="text-sm text-slate-700">{t("report.intro")}</p>
          {/* Focusable so that keyboard users can scroll it sideways on a narrow screen. */}
          <div className="relative overflow-x-auto rounded-lg border border-slate-200" role="region" aria-labelledby="import-report-heading" tabIndex={0}>
            <table className="w-full text-left text-sm" data-testid="import-issues">
              <thead className="border-b border-slate-200 bg-slate-50 text-slate-700">
                <tr>
                  <th scope="col" className="px-3 py-2 font-medium">{t("report.line")}</th>
                  <th scope="col" className="px-3 py-2 font-medium">{t("report.sku")}</th>
                  <th scope="col" className="px-3 py-2 font-medium">{t("report.field")}</th>
                  <th scope="col" className="px-3 py-2 font-medium">{t("report.problem")}</th>
                </tr>
              </thead>
              <tbody>
                {job.issues.map((issue, index) => (
                  <tr key={`${issue.line}-${index}`} className="border-b border-slate-100 align-top last:border-0">
                    <th scope="row" className="px-3 py-2 font-medium tabular-nums">
                      {issue.line > 0 ? number(issue.line) : t("report.whole_file")}
                    </th>
                    <td className="break-all px-3 py-2">{issue.sku ?? ""}</td>
                    <td className="break-all px-3 py-2">{issue.field && !wholeLine.has(issue.field) ? <code className="text-xs">{issue.field}</code> : ""}</td>
                    <td className="px-3 py-2">{t(issue.key, { ns: "errors" })}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {unlisted > 0 ? <p className="text-sm text-slate-700">{t("report.more", { count: unlisted, formatted: number(unlisted) })}</p> : null}
        </div>
      ) : null}
    </section>
  );
}
