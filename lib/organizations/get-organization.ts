import type { Db } from "@/lib/db/create-client";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/permissions";

/** An organization's profile, for its own members or hub staff. */
export async function getOrganization(client: Db, actor: Actor, organizationId: string) {
  authorize(actor, "organization:read", { organizationId });
  return client.organization.findUniqueOrThrow({
    where: { id: organizationId },
    select: { id: true, type: true, name: true, legalName: true, country: true, city: true, verificationStatus: true, verifiedAt: true, createdAt: true },
  });
}
