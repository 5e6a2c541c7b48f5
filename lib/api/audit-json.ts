import type { AuditEventPage } from "@/lib/audit/list-audit-events";

/** The documented JSON of GET /api/v1/audit-events. */
export function auditEventPageJson(page: AuditEventPage) {
  return {
    total: page.total,
    page: page.query.page,
    pages: page.pages,
    events: page.events.map((event) => ({
      id: event.id.toString(),
      chainSeq: event.chainSeq?.toString() ?? null,
      occurredAt: event.occurredAt.toISOString(),
      actor: event.actor ? { id: event.actor.id, email: event.actor.email } : null,
      actorOrganizationId: event.actorOrgId,
      organizationId: event.organizationId,
      action: event.action,
      targetType: event.targetType,
      targetId: event.targetId,
      data: event.data,
      ip: event.ip,
      prevHash: event.prevHash,
      hash: event.hash,
    })),
  };
}
