import type { Db } from "@/lib/db/create-client";
import { loadActor } from "@/lib/auth/load-actor";
import type { Actor } from "@/lib/auth/actor";
import { hashTokenSecret, looksLikeToken } from "./token-secret";

/** The actor behind a bearer token, or null when it is unknown, revoked, expired or its user is disabled. */
export async function resolveApiToken(client: Db, secret: string): Promise<Actor | null> {
  if (!looksLikeToken(secret)) return null;
  const token = await client.apiToken.findUnique({
    where: { tokenHash: hashTokenSecret(secret) },
    select: { id: true, userId: true, organizationId: true, revokedAt: true, expiresAt: true, lastUsedAt: true },
  });
  if (!token || token.revokedAt || (token.expiresAt && token.expiresAt <= new Date())) return null;
  const actor = await loadActor(client, token.userId, "token");
  // A token belongs to the organization it was issued in; if the user has moved, it is dead.
  if (!actor || actor.organization.id !== token.organizationId) return null;
  // Coarse last-used stamp (once a minute) so busy integrations do not write on every call.
  if (!token.lastUsedAt || Date.now() - token.lastUsedAt.getTime() > 60_000) {
    await client.apiToken.update({ where: { id: token.id }, data: { lastUsedAt: new Date() } });
  }
  return actor;
}
