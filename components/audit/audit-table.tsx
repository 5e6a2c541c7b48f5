import { ScrollRegion } from "@/components/ui/scroll-region";
import type { AuditEventPage } from "@/lib/audit/list-audit-events";
import type { Locale } from "@/lib/i18n/config";
import { formatDateTime } from "@/lib/i18n/format";
import { getT } from "@/lib/i18n/server";

/** One page of the log: when, who, what, on what, the summary, and the start of the event's hash. */
export function AuditTable({ locale, page }: { locale: Locale; page: AuditEventPage }) {
  const t = getT(locale, "audit");
  const td = getT(locale, "dashboard");
  if (page.events.length === 0) return <p className="text-sm text-slate-600">{t("empty")}</p>;
  return (
    <section aria-labelledby="audit-table-caption" className="rounded-xl border border-slate-200 bg-white p-4">
      <ScrollRegion labelledBy="audit-table-caption">
        <table className="w-full min-w-[56rem] text-left text-sm">
          <caption id="audit-table-caption" className="sr-only">{t("title")}</caption>
          <thead className="border-b border-slate-200 text-slate-600">
            <tr>
              <th scope="col" className="py-2 pr-3 font-medium">{t("col.time")}</th>
              <th scope="col" className="py-2 pr-3 font-medium">{t("col.actor")}</th>
              <th scope="col" className="py-2 pr-3 font-medium">{t("col.action")}</th>
              <th scope="col" className="py-2 pr-3 font-medium">{t("col.target")}</th>
              <th scope="col" className="py-2 pr-3 font-medium">{t("col.details")}</th>
              <th scope="col" className="py-2 font-medium">{t("col.hash")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100 align-top">
            {page.events.map((event) => (
              <tr key={event.id.toString()} data-testid="audit-event">
                <td className="py-2 pr-3 whitespace-nowrap">{formatDateTime(locale, event.occurredAt)}</td>
                <td className="py-2 pr-3">
                  {event.actor ? event.actor.email : t("system")}
                  {event.actorOrganization ? <span className="block text-xs text-slate-600">{event.actorOrganization}</span> : null}
                  {event.ip ? <span className="block text-xs text-slate-600">{event.ip}</span> : null}
                </td>
                <td className="py-2 pr-3">
                  {td(`audit_action.${event.action}`, { defaultValue: event.action })}
                  <code className="block text-xs text-slate-600">{event.action}</code>
                </td>
                <td className="py-2 pr-3 break-all">
                  {event.targetType}
                  <span className="block text-xs text-slate-600">{event.targetId}</span>
                  {event.organization ? <span className="block text-xs text-slate-600">{event.organization}</span> : null}
                </td>
                <td className="max-w-xs py-2 pr-3">
                  {event.data !== null ? <code className="block text-xs break-all whitespace-pre-wrap text-slate-700">{JSON.stringify(event.data)}</code> : null}
                </td>
                <td className="py-2">
                  <code className="text-xs text-slate-600" title={event.hash ?? ""}>
                    #{event.chainSeq?.toString() ?? "—"} {event.hash?.slice(0, 10)}
                  </code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  );
}
