import { z } from "zod";
import type { Db } from "@/lib/db/create-client";
import type { Actor } from "@/lib/auth/actor";
import { auditActorOf, recordAudit } from "@/lib/audit/record-audit";
import { parseInput } from "@/lib/errors/validation";
import { locales } from "@/lib/i18n/config";

export const updateProfileSchema = z.object({
  name: z.string({ error: "required" }).trim().min(2, { error: "too_short" }).max(120, { error: "too_long" }),
  locale: z.enum(locales, { error: "invalid" }),
});

/** A user edits their own name and preferred language (used for e-mails and API messages). */
export async function updateProfile(client: Db, actor: Actor, rawInput: unknown, context: { ip?: string } = {}) {
  const input = parseInput(updateProfileSchema, rawInput);
  await client.$transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.userId }, data: input });
    await recordAudit(tx, {
      actor: auditActorOf(actor),
      action: "user.profile_updated",
      targetType: "User",
      targetId: actor.userId,
      organizationId: actor.organization.id,
      data: { before: { name: actor.name, locale: actor.locale }, after: input },
      ip: context.ip,
    });
  });
  return input;
}
