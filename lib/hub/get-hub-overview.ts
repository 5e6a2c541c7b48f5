import type { Db } from "@/lib/db/create-client";
import type { Actor } from "@/lib/auth/actor";
import { authorize, can } from "@/lib/auth/permissions";

/**
 * Cross-tenant figures for hub staff. Deliberately unscoped — the `page:hub` check is what
 * makes that safe, so it comes first.
 */
export async function getHubOverview(client: Db, actor: Actor) {
  authorize(actor, "page:hub");
  const [byTypeAndStatus, recentOrganizations, recentEvents] = await Promise.all([
    client.organization.groupBy({ by: ["type", "verificationStatus"], _count: { _all: true } }),
    client.organization.findMany({
      where: { type: { not: "HUB" } },
      orderBy: { createdAt: "desc" },
      take: 8,
      select: { id: true, name: true, type: true, country: true, city: true, verificationStatus: true, createdAt: true },
    }),
    // Finance staff see the figures but not the audit trail.
    can(actor, "audit:read")
      ? client.auditEvent.findMany({
          orderBy: { id: "desc" },
          take: 10,
          select: { id: true, occurredAt: true, action: true, targetType: true, actorUserId: true, organizationId: true },
        })
      : Promise.resolve(null),
  ]);
  const counts = byTypeAndStatus.map((row) => ({ type: row.type, status: row.verificationStatus, count: row._count._all }));
  return { counts, recentOrganizations, recentEvents };
}
