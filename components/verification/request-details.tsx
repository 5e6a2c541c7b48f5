import { AttachmentLinks } from "@/components/rfq/attachment-links";
import type { Locale } from "@/lib/i18n/config";
import { formatDateTime } from "@/lib/i18n/format";
import { getT } from "@/lib/i18n/server";
import type { VerificationRequestView } from "@/lib/verification/verification-request-view";
import { documentKinds } from "@/lib/verification/verification-rules";

/**
 * What a request says and what the hub decided: the licence details, the documents by kind
 * (download links, which the attachment route serves only to the company's admins and hub
 * staff), and the decision — the reason translated into the reader's language, the
 * moderator's note as written, the checks done.
 */
/** `buyer`: a buyer company's request (registration number and director instead of the Chinese licence fields). */
export function RequestDetails({ locale, request, showDecision = true, buyer = false }: { locale: Locale; request: VerificationRequestView; showDecision?: boolean; buyer?: boolean }) {
  const t = getT(locale, "verification");
  const rows: [string, string | null][] = [
    [buyer ? t("buyer.number") : t("field.credit_code"), request.creditCode],
    [buyer ? t("buyer.director") : t("field.legal_representative"), request.legalRepresentative],
    [t("field.registered_address"), request.registeredAddress],
    ...(buyer ? [] : ([[t("field.export_license_number"), request.exportLicenseNumber], [t("field.customs_code"), request.customsCode]] as [string, string | null][])),
  ];
  return (
    <div className="space-y-4">
      {showDecision && request.decidedAt ? (
        <div className="space-y-2 rounded-md border border-slate-200 bg-slate-50 p-3 text-sm">
          <p className="text-slate-700">{t("request.decided_on", { date: formatDateTime(locale, request.decidedAt) })}</p>
          {request.reasonCode ? (
            <p>
              <span className="font-medium text-slate-900">{t("request.reason")}: </span>
              {t(`reason.${request.reasonCode}`, { defaultValue: request.reasonCode })}
            </p>
          ) : null}
          {request.reasonNote ? (
            <div>
              <p className="font-medium text-slate-900">{t("request.note")}:</p>
              <p className="whitespace-pre-line break-words text-slate-800">{request.reasonNote}</p>
            </div>
          ) : null}
          {request.checks.length ? (
            <div>
              <p className="font-medium text-slate-900">{t("request.checks")}:</p>
              <ul className="list-inside list-disc text-slate-800">
                {request.checks.map((key) => (
                  <li key={key}>{t(`check.${key}`)}</li>
                ))}
              </ul>
            </div>
          ) : null}
        </div>
      ) : null}
      <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-2">
        {rows.map(([label, value]) => (
          <div key={label} className="min-w-0">
            <dt className="text-slate-600">{label}</dt>
            <dd className="break-words text-slate-900">{value || t("request.not_given")}</dd>
          </div>
        ))}
      </dl>
      <div className="space-y-2">
        <h4 className="text-sm font-medium text-slate-800">{t("request.documents")}</h4>
        {request.documents.length === 0 ? <p className="text-sm text-slate-600">{t("request.no_documents")}</p> : null}
        {documentKinds.map((kind) => {
          const documents = request.documents.filter((document) => document.kind === kind);
          if (!documents.length) return null;
          return (
            <div key={kind} className="space-y-1">
              <p className="text-xs font-medium uppercase tracking-wide text-slate-600">{t(`document_kind.${kind}`)}</p>
              <AttachmentLinks locale={locale} attachments={documents} label={t(`document_kind.${kind}`)} />
            </div>
          );
        })}
      </div>
    </div>
  );
}
