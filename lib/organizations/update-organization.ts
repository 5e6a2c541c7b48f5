import { z } from "zod";
import type { Db } from "@/lib/db/create-client";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/permissions";
import { auditActorOf, recordAudit } from "@/lib/audit/record-audit";
import { parseInput } from "@/lib/errors/validation";

export const updateOrganizationSchema = z.object({
  name: z.string({ error: "required" }).trim().min(2, { error: "too_short" }).max(120, { error: "too_long" }),
  legalName: z.string({ error: "required" }).trim().min(2, { error: "too_short" }).max(200, { error: "too_long" }),
  city: z.string({ error: "required" }).trim().min(2, { error: "too_short" }).max(80, { error: "too_long" }),
});

/**
 * Edits the actor's own organization profile. Country and type are fixed after registration
 * (they decide verification and tax handling); changing them is a hub decision.
 */
export async function updateOrganization(client: Db, actor: Actor, rawInput: unknown, context: { ip?: string } = {}) {
  authorize(actor, "organization:update", { organizationId: actor.organization.id });
  const input = parseInput(updateOrganizationSchema, rawInput);
  await client.$transaction(async (tx) => {
    const before = await tx.organization.findUniqueOrThrow({ where: { id: actor.organization.id }, select: { name: true, legalName: true, city: true } });
    await tx.organization.update({ where: { id: actor.organization.id }, data: input });
    await recordAudit(tx, {
      actor: auditActorOf(actor),
      action: "organization.updated",
      targetType: "Organization",
      targetId: actor.organization.id,
      organizationId: actor.organization.id,
      data: { before, after: input },
      ip: context.ip,
    });
  });
}
