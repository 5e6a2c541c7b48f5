import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db/create-client";
import type { OrganizationType, Role } from "@/lib/db/generated/enums.ts";
import type { Actor } from "@/lib/auth/actor";
import { loadActor } from "@/lib/auth/load-actor";
import { hashPassword } from "@/lib/auth/password";

export const testPassword = "a-very-long-test-password";
let cachedHash: Promise<string> | undefined;

/** An organization with one user holding `roles`, returned as an Actor (as a request would see it). */
export async function createActor(db: Db, options: { type?: OrganizationType; roles?: Role[]; organizationId?: string; email?: string } = {}): Promise<Actor> {
  const type = options.type ?? "BUYER";
  const roles = options.roles ?? [type === "BUYER" ? "buyer_admin" : type === "SUPPLIER" ? "supplier_admin" : "admin"];
  const organizationId =
    options.organizationId ??
    (
      await db.organization.create({
        data: { type, name: `Org ${randomUUID().slice(0, 8)}`, legalName: "Test LLP", country: type === "SUPPLIER" ? "CN" : "KZ", city: "Almaty" },
        select: { id: true },
      })
    ).id;
  cachedHash ??= hashPassword(testPassword);
  const user = await db.user.create({
    data: {
      email: options.email ?? `user-${randomUUID()}@example.com`,
      name: "Test User",
      passwordHash: await cachedHash,
      membership: { create: { organizationId, roles } },
    },
    select: { id: true },
  });
  const actor = await loadActor(db, user.id, "session");
  if (!actor) throw new Error("factory: actor not loadable");
  return actor;
}
