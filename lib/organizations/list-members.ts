import type { Db } from "@/lib/db/create-client";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/permissions";

/** Members of the actor's own organization — the query is scoped by it, never by a parameter. */
export async function listMembers(client: Db, actor: Actor) {
  authorize(actor, "members:read", { organizationId: actor.organization.id });
  const memberships = await client.membership.findMany({
    where: { organizationId: actor.organization.id },
    orderBy: { createdAt: "asc" },
    select: { roles: true, createdAt: true, user: { select: { id: true, name: true, email: true, disabledAt: true } } },
  });
  return memberships.map((m) => ({ ...m.user, roles: m.roles, joinedAt: m.createdAt }));
}
