import { stringify } from "csv-stringify/sync";
import type { TFunction } from "i18next";
import type { AuditEventPage } from "./list-audit-events";

/**
 * The filtered audit log as CSV, with the hash chain columns so an auditor can recompute it
 * outside the platform. Action names are given both as the stable code and in the reader's
 * language; `t` is the dashboard namespace's.
 */
export function auditCsv(page: AuditEventPage, t: TFunction): string {
  const header = ["chain_seq", "event_id", "occurred_at", "actor_email", "actor_organization", "organization", "action", "action_label", "target_type", "target_id", "data", "ip", "prev_hash", "hash"];
  const rows = page.events.map((event) => [
    event.chainSeq?.toString() ?? "",
    event.id.toString(),
    event.occurredAt.toISOString(),
    event.actor?.email ?? "",
    event.actorOrganization ?? "",
    event.organization ?? "",
    event.action,
    t(`audit_action.${event.action}`, { defaultValue: event.action }),
    event.targetType,
    event.targetId,
    event.data === null ? "" : JSON.stringify(event.data),
    event.ip ?? "",
    event.prevHash ?? "",
    event.hash ?? "",
  ]);
  return `\uFEFF${stringify([header, ...rows])}`;
}
