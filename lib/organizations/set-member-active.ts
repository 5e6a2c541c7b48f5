import type { Db } from "@/lib/db/create-client";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/permissions";
import { auditActorOf, recordAudit } from "@/lib/audit/record-audit";
import { AppError } from "@/lib/errors/app-error";

/**
 * Deactivates (or reactivates) a member of the actor's organization. Deactivated users cannot
 * sign in and their tokens stop working; their history stays. Admins cannot lock themselves out.
 */
export async function setMemberActive(client: Db, actor: Actor, userId: string, active: boolean, context: { ip?: string } = {}) {
  authorize(actor, "members:manage", { organizationId: actor.organization.id });
  if (userId === actor.userId) throw new AppError("CONFLICT", "Cannot change your own access");
  await client.$transaction(async (tx) => {
    // Scoped by organization: a user id from another company is simply not found.
    const membership = await tx.membership.findFirst({ where: { userId, organizationId: actor.organization.id }, select: { user: { select: { disabledAt: true } } } });
    if (!membership) throw new AppError("NOT_FOUND", "Member not found");
    if (Boolean(membership.user.disabledAt) === !active) return;
    await tx.user.update({ where: { id: userId }, data: { disabledAt: active ? null : new Date() } });
    await recordAudit(tx, {
      actor: auditActorOf(actor),
      action: active ? "member.reactivated" : "member.deactivated",
      targetType: "User",
      targetId: userId,
      organizationId: actor.organization.id,
      ip: context.ip,
    });
  });
}
