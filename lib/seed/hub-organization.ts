import type { Db } from "@/lib/db/create-client";
import { createOrganization } from "@/lib/organizations/create-organization";

/** The trade hub's own organization, created once by `db:seed`; staff users belong to it. */
export async function ensureHubOrganization(client: Db): Promise<{ id: string; created: boolean }> {
  const existing = await client.organization.findFirst({ where: { type: "HUB" }, orderBy: { createdAt: "asc" }, select: { id: true } });
  if (existing) return { id: existing.id, created: false };
  const hub = await createOrganization(
    client,
    { type: "HUB", name: "Karavan Trade Hub", legalName: "Karavan Trade Hub LLP", country: "KZ", city: "Almaty", verificationStatus: "VERIFIED" },
    { actor: null },
  );
  return { id: hub.id, created: true };
}
