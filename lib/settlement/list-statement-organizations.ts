import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/create-client";

/** The companies hub staff may open a statement for (buyers and suppliers), by name. */
export async function listStatementOrganizations(client: Db, actor: Actor): Promise<{ id: string; name: string }[]> {
  authorize(actor, "settlement:read_all");
  return client.organization.findMany({ where: { type: { in: ["BUYER", "SUPPLIER"] } }, select: { id: true, name: true }, orderBy: { name: "asc" } });
}
