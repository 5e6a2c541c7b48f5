import type { DisputeView } from "@/lib/disputes/get-order-dispute";
import type { Locale } from "@/lib/i18n/config";
import { formatDateTime, formatMoney } from "@/lib/i18n/format";
import { getT } from "@/lib/i18n/server";
import { isCurrencyCode } from "@/lib/money/currencies";

const statusTone: Record<string, string> = {
  OPEN: "bg-amber-50 text-amber-900 ring-amber-200",
  ANSWERED: "bg-sky-50 text-sky-900 ring-sky-200",
  ESCALATED: "bg-red-50 text-red-800 ring-red-200",
  DECIDED: "bg-slate-100 text-slate-800 ring-slate-200",
};

function Files({ files, label }: { files: DisputeView["files"]; label: string }) {
  if (!files.length) return null;
  return (
    <p className="text-sm">
      <span className="text-slate-600">{label}: </span>
      {files.map((file, index) => (
        <span key={file.attachmentId}>
          {index ? ", " : ""}
          <a href={`/api/v1/attachments/${file.attachmentId}`} className="text-brand-700 underline underline-offset-2">
            {file.attachment.fileName}
          </a>
        </span>
      ))}
    </p>
  );
}

/** A dispute as both sides and the hub see it: the complaint, the answer, deadlines and the decision. */
export function DisputeDetails({ locale, dispute, timeZone }: { locale: Locale; dispute: DisputeView; timeZone: string }) {
  const t = getT(locale, "disputes");
  const when = (date: Date) => formatDateTime(locale, date, timeZone);
  return (
    <div className="space-y-3 text-sm" data-testid="dispute-details">
      <div className="flex flex-wrap items-center gap-2">
        <span className={`inline-block rounded-full px-2 py-0.5 text-xs font-medium ring-1 ${statusTone[dispute.status] ?? ""}`}>{t(`status.${dispute.status}`)}</span>
        <span className="font-medium">{t(`reason.${dispute.reason}`, { defaultValue: dispute.reason })}</span>
        <span className="text-slate-600">· {t("opened_at", { time: when(dispute.openedAt) })}</span>
      </div>
      <p className="whitespace-pre-wrap break-words">{dispute.description}</p>
      <Files files={dispute.files.filter((file) => file.side === "buyer")} label={t("buyer_evidence")} />
      <div className="rounded-md bg-slate-50 p-3">
        <p className="font-medium">{t("supplier_answer")}</p>
        {dispute.supplierAnswer ? (
          <>
            <p className="mt-1 whitespace-pre-wrap break-words">{dispute.supplierAnswer}</p>
            <Files files={dispute.files.filter((file) => file.side === "supplier")} label={t("supplier_evidence")} />
          </>
        ) : (
          <p className="mt-1 text-slate-600">{t("awaiting_answer", { time: when(dispute.supplierDueAt) })}</p>
        )}
      </div>
      {dispute.status === "DECIDED" && dispute.decision ? (
        <div className="rounded-md border border-slate-200 p-3" data-testid="dispute-decision">
          <p className="font-medium">
            {t(`decision.${dispute.decision}`)}
            {dispute.refundMinor && isCurrencyCode(dispute.order.currency) ? ` · ${formatMoney(locale, dispute.refundMinor, dispute.order.currency)}` : ""}
          </p>
          {dispute.decisionNote ? <p className="mt-1 whitespace-pre-wrap break-words">{dispute.decisionNote}</p> : null}
          {dispute.decidedAt ? <p className="mt-1 text-slate-600">{when(dispute.decidedAt)}</p> : null}
        </div>
      ) : (
        <p className="text-slate-600">
          {t("decision_due", { time: when(dispute.decisionDueAt) })}
          {dispute.escalatedAt ? ` · ${t("escalated_at", { time: when(dispute.escalatedAt) })}` : ""}
        </p>
      )}
    </div>
  );
}
