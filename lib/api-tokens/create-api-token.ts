import { z } from "zod";
import type { Db } from "@/lib/db/create-client";
import { recordAudit, type AuditActor } from "@/lib/audit/record-audit";
import { parseInput } from "@/lib/errors/validation";
import { displayPrefix, generateTokenSecret, hashTokenSecret } from "./token-secret";

export const createApiTokenSchema = z.object({
  name: z.string({ error: "required" }).trim().min(1, { error: "required" }).max(80, { error: "too_long" }),
  /** Days until the token stops working; none means it lives until revoked. */
  expiresInDays: z.coerce.number().int().min(1, { error: "too_small" }).max(3650, { error: "too_big" }).optional(),
});

/**
 * Issues a personal API token for a user of an organization. The secret is returned once,
 * here, and only its hash is stored.
 */
export async function createApiToken(
  client: Db,
  owner: { userId: string; organizationId: string },
  rawInput: unknown,
  context: { actor: AuditActor | null; ip?: string },
): Promise<{ id: string; secret: string; prefix: string; expiresAt: Date | null }> {
  const input = parseInput(createApiTokenSchema, rawInput);
  const secret = generateTokenSecret();
  const expiresAt = input.expiresInDays ? new Date(Date.now() + input.expiresInDays * 86_400_000) : null;
  const token = await client.$transaction(async (tx) => {
    const created = await tx.apiToken.create({
      data: {
        userId: owner.userId,
        organizationId: owner.organizationId,
        name: input.name,
        prefix: displayPrefix(secret),
        tokenHash: hashTokenSecret(secret),
        expiresAt,
      },
      select: { id: true, prefix: true },
    });
    await recordAudit(tx, {
      actor: context.actor,
      action: "api_token.created",
      targetType: "ApiToken",
      targetId: created.id,
      organizationId: owner.organizationId,
      data: { name: input.name, ownerUserId: owner.userId, prefix: created.prefix, expiresAt: expiresAt?.toISOString() ?? null },
      ip: context.ip,
    });
    return created;
  });
  return { id: token.id, secret, prefix: token.prefix, expiresAt };
}
