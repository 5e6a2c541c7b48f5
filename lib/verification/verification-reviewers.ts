import type { Tx } from "@/lib/db/create-client";

/**
 * The hub staff who work the verification queue (moderators and admins of any trade-hub
 * organization), to be told about a new request. Finance staff are left out: they cannot decide.
 */
export async function verificationReviewerIds(tx: Tx): Promise<string[]> {
  const users = await tx.user.findMany({
    where: { disabledAt: null, membership: { organization: { type: "HUB" }, roles: { hasSome: ["moderator", "admin"] } } },
    select: { id: true },
    orderBy: { id: "asc" },
    take: 1000,
  });
  return users.map((user) => user.id);
}
