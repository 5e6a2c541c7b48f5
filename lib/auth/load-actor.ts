import type { Db, Tx } from "@/lib/db/create-client";
import type { Actor } from "./actor";

/** Loads the actor for a user id; null when the user is gone, disabled or has no organization. */
export async function loadActor(client: Db | Tx, userId: string, via: Actor["via"]): Promise<Actor | null> {
  const user = await client.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      name: true,
      locale: true,
      disabledAt: true,
      membership: {
        select: {
          roles: true,
          organization: {
            select: { id: true, type: true, name: true, country: true, city: true, verificationStatus: true },
          },
        },
      },
    },
  });
  if (!user || user.disabledAt || !user.membership) return null;
  return {
    userId: user.id,
    email: user.email,
    name: user.name,
    locale: user.locale,
    organization: user.membership.organization,
    roles: user.membership.roles,
    via,
  };
}
