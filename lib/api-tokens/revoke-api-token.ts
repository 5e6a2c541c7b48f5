import type { Db } from "@/lib/db/create-client";
import { recordAudit, type AuditActor } from "@/lib/audit/record-audit";
import { AppError } from "@/lib/errors/app-error";

/**
 * Revokes one of the user's own tokens. The lookup is scoped by owner, so another user's
 * token id answers NOT_FOUND rather than revealing that it exists.
 */
export async function revokeApiToken(client: Db, owner: { userId: string }, tokenId: string, context: { actor: AuditActor; ip?: string }) {
  await client.$transaction(async (tx) => {
    const token = await tx.apiToken.findFirst({ where: { id: tokenId, userId: owner.userId }, select: { id: true, organizationId: true, revokedAt: true, prefix: true } });
    if (!token) throw new AppError("NOT_FOUND", "Token not found");
    if (token.revokedAt) return;
    await tx.apiToken.update({ where: { id: token.id }, data: { revokedAt: new Date() } });
    await recordAudit(tx, {
      actor: context.actor,
      action: "api_token.revoked",
      targetType: "ApiToken",
      targetId: token.id,
      organizationId: token.organizationId,
      data: { prefix: token.prefix },
      ip: context.ip,
    });
  });
}
