import type { Db } from "@/lib/db/create-client";

/** The user's own tokens, newest first. Never the hash. */
export function listApiTokens(client: Db, userId: string) {
  return client.apiToken.findMany({
    where: { userId },
    orderBy: { createdAt: "desc" },
    select: { id: true, name: true, prefix: true, createdAt: true, lastUsedAt: true, expiresAt: true, revokedAt: true },
  });
}
