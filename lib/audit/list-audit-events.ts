import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/create-client";
import type { Prisma } from "@/lib/db/generated/client.ts";
import { parseInput } from "@/lib/errors/validation";
import { isUuid } from "@/lib/ids/is-uuid";
import { auditQuerySchema, type AuditQuery } from "./audit-query";

export const auditPageSize = 50;
/** The most rows one CSV export holds; narrow the filters for more. */
export const auditExportLimit = 50_000;

async function whereFor(client: Db, query: AuditQuery): Promise<Prisma.AuditEventWhereInput> {
  const where: Prisma.AuditEventWhereInput = {};
  if (query.actor) {
    const users = isUuid(query.actor) ? [{ id: query.actor }] : await client.user.findMany({ where: { email: { contains: query.actor.toLowerCase() } }, select: { id: true }, take: 100 });
    where.actorUserId = { in: users.map((user) => user.id) };
  }
  if (query.organizationId) where.OR = [{ organizationId: query.organizationId }, { actorOrgId: query.organizationId }];
  if (query.targetType) where.targetType = query.targetType;
  if (query.targetId) where.targetId = query.targetId;
  if (query.action) where.action = query.action.endsWith(".") ? { startsWith: query.action } : query.action;
  if (query.from || query.to) {
    where.occurredAt = {
      ...(query.from ? { gte: new Date(`${query.from}T00:00:00Z`) } : {}),
      ...(query.to ? { lt: new Date(new Date(`${query.to}T00:00:00Z`).getTime() + 86_400_000) } : {}),
    };
  }
  return where;
}

/**
 * The audit log for trade-hub administrators and moderators, newest first, filtered, with the
 * names behind the ids (actor e-mail, organizations). `limit` is the page size, or the export
 * limit for CSV.
 */
export async function listAuditEvents(client: Db, actor: Actor, rawQuery: unknown, options: { export?: boolean } = {}) {
  authorize(actor, "audit:read");
  const query = parseInput(auditQuerySchema, rawQuery);
  const where = await whereFor(client, query);
  const take = options.export ? auditExportLimit : auditPageSize;
  const [total, events] = await Promise.all([
    client.auditEvent.count({ where }),
    client.auditEvent.findMany({ where, orderBy: { id: "desc" }, take, skip: options.export ? 0 : (query.page - 1) * auditPageSize }),
  ]);
  const userIds = [...new Set(events.flatMap((event) => (event.actorUserId ? [event.actorUserId] : [])))];
  const orgIds = [...new Set(events.flatMap((event) => [event.actorOrgId, event.organizationId].filter((id): id is string => Boolean(id))))];
  const [users, organizations] = await Promise.all([
    client.user.findMany({ where: { id: { in: userIds } }, select: { id: true, email: true, name: true } }),
    client.organization.findMany({ where: { id: { in: orgIds } }, select: { id: true, name: true } }),
  ]);
  const userById = new Map(users.map((user) => [user.id, user]));
  const orgName = new Map(organizations.map((organization) => [organization.id, organization.name]));
  return {
    query,
    total,
    pages: Math.max(1, Math.ceil(total / auditPageSize)),
    events: events.map((event) => ({
      ...event,
      actor: event.actorUserId ? (userById.get(event.actorUserId) ?? null) : null,
      actorOrganization: event.actorOrgId ? (orgName.get(event.actorOrgId) ?? null) : null,
      organization: event.organizationId ? (orgName.get(event.organizationId) ?? null) : null,
    })),
  };
}

export type AuditEventPage = Awaited<ReturnType<typeof listAuditEvents>>;
