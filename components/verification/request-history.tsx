import type { Locale } from "@/lib/i18n/config";
import { formatDateTime } from "@/lib/i18n/format";
import { getT } from "@/lib/i18n/server";
import type { VerificationRequestView } from "@/lib/verification/verification-request-view";
import { RequestDetails } from "./request-details";
import { RequestStatusBadge } from "./status-badges";

/** The supplier's requests, newest first, each with what was sent and what the hub decided. */
export function RequestHistory({ locale, requests, buyer = false }: { locale: Locale; requests: VerificationRequestView[]; buyer?: boolean }) {
  const t = getT(locale, "verification");
  return (
    <section aria-labelledby="verification-history" className="space-y-3">
      <h2 id="verification-history" className="text-lg font-semibold text-slate-900">
        {t("supplier.history_title")}
      </h2>
      {requests.length === 0 ? (
        <p className="rounded-xl border border-dashed border-slate-300 bg-white p-6 text-center text-slate-700">{t("supplier.history_empty")}</p>
      ) : (
        <ol className="space-y-3">
          {requests.map((request, index) => (
            <li key={request.id} className="rounded-xl border border-slate-200 bg-white">
              <details open={index === 0} className="group p-5">
                <summary className="flex cursor-pointer flex-wrap items-center gap-3">
                  <span className="font-medium text-slate-900">{t("request.submitted_on", { date: formatDateTime(locale, request.submittedAt) })}</span>
                  <RequestStatusBadge locale={locale} status={request.status} />
                </summary>
                <div className="mt-4">
                  <RequestDetails locale={locale} request={request} buyer={buyer} />
                </div>
              </details>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
