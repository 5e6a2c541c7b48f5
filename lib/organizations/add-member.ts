import type { Db } from "@/lib/db/create-client";
import type { Actor } from "@/lib/auth/actor";
import { hashPassword } from "@/lib/auth/password";
import { authorize } from "@/lib/auth/permissions";
import { rolesFitOrganization } from "@/lib/auth/roles";
import { auditActorOf, recordAudit } from "@/lib/audit/record-audit";
import { AppError } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/errors/validation";
import { asEmailTaken } from "@/lib/users/email-taken";
import { addMemberSchema } from "./member-schema";

/** An organization admin adds a colleague with one role that fits the organization's type. */
export async function addMember(client: Db, actor: Actor, rawInput: unknown, context: { ip?: string } = {}) {
  authorize(actor, "members:manage", { organizationId: actor.organization.id });
  const input = parseInput(addMemberSchema, rawInput);
  if (!rolesFitOrganization(actor.organization.type, [input.role])) {
    throw new AppError("VALIDATION_FAILED", "Role does not fit the organization", { fields: { role: "field.role_not_allowed" } });
  }
  const passwordHash = await hashPassword(input.password);
  try {
    return await client.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: {
          email: input.email,
          name: input.name,
          passwordHash,
          locale: actor.locale,
          membership: { create: { organizationId: actor.organization.id, roles: [input.role] } },
        },
        select: { id: true },
      });
      await recordAudit(tx, {
        actor: auditActorOf(actor),
        action: "member.added",
        targetType: "User",
        targetId: user.id,
        organizationId: actor.organization.id,
        data: { email: input.email, name: input.name, roles: [input.role] },
        ip: context.ip,
      });
      return user;
    });
  } catch (error) {
    throw asEmailTaken(error, input.email);
  }
}
