import type { Prisma } from "@/lib/db/generated/client.ts";
import type { Tx } from "@/lib/db/create-client";
import type { Actor } from "@/lib/auth/actor";

export type AuditActor = { userId: string; organizationId: string };

export function auditActorOf(actor: Actor): AuditActor {
  return { userId: actor.userId, organizationId: actor.organization.id };
}

export type AuditInput = {
  /** Null for the system or an operator's CLI command. */
  actor: AuditActor | null;
  /** Verb in the past tense, dotted by domain: "organization.created", "api_token.revoked". */
  action: string;
  targetType: string;
  targetId: string;
  /** The organization whose data changed; scopes who may read the event. */
  organizationId: string | null;
  /** Before/after summary. Never secrets (hashes, tokens). */
  data?: Prisma.InputJsonValue;
  ip?: string | null;
};

/**
 * Writes an audit event. Takes the transaction client on purpose: the event commits or rolls
 * back with the change it describes.
 */
export async function recordAudit(tx: Tx, input: AuditInput): Promise<void> {
  await tx.auditEvent.create({
    data: {
      actorUserId: input.actor?.userId ?? null,
      actorOrgId: input.actor?.organizationId ?? null,
      organizationId: input.organizationId,
      action: input.action,
      targetType: input.targetType,
      targetId: input.targetId,
      data: input.data,
      ip: input.ip ?? null,
    },
  });
}
