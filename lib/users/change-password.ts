import { z } from "zod";
import type { Db } from "@/lib/db/create-client";
import type { Actor } from "@/lib/auth/actor";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { passwordContainsEmail, passwordSchema } from "@/lib/auth/password-rules";
import { auditActorOf, recordAudit } from "@/lib/audit/record-audit";
import { AppError } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/errors/validation";

export const changePasswordSchema = z.object({
  currentPassword: z.string({ error: "required" }).min(1, { error: "required" }),
  newPassword: passwordSchema,
});

/** Changes the actor's own password after checking the current one. */
export async function changePassword(client: Db, actor: Actor, rawInput: unknown, context: { ip?: string } = {}) {
  const input = parseInput(changePasswordSchema, rawInput);
  if (passwordContainsEmail(input.newPassword, actor.email)) {
    throw new AppError("VALIDATION_FAILED", "Password contains e-mail", { fields: { newPassword: "field.password_contains_email" } });
  }
  const user = await client.user.findUniqueOrThrow({ where: { id: actor.userId }, select: { passwordHash: true } });
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new AppError("VALIDATION_FAILED", "Current password is wrong", { fields: { currentPassword: "field.password_wrong" } });
  }
  const passwordHash = await hashPassword(input.newPassword);
  await client.$transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.userId }, data: { passwordHash } });
    await recordAudit(tx, {
      actor: auditActorOf(actor),
      action: "user.password_changed",
      targetType: "User",
      targetId: actor.userId,
      organizationId: actor.organization.id,
      ip: context.ip,
    });
  });
}
