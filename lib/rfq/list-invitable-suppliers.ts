import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/create-client";
import { parseInput } from "@/lib/errors/validation";

export const invitableSuppliersQuerySchema = z.object({
  /** Slug of a leaf category. */
  category: z.string({ error: "required" }).trim().min(1, { error: "required" }).max(80, { error: "too_long" }),
});

/**
 * The suppliers a buyer can invite to an RFQ of a category: verified, with published listings
 * in it — the same rule as routing by category, so an invitation never goes to a company that
 * could not quote. Public facts only (name, city, number of listings).
 */
export async function listInvitableSuppliers(client: Db, actor: Actor, rawQuery: unknown) {
  authorize(actor, "rfq:buy", { organizationId: actor.organization.id });
  const { category } = parseInput(invitableSuppliersQuerySchema, rawQuery);
  const rows = await client.organization.findMany({
    where: { type: "SUPPLIER", verificationStatus: "VERIFIED", listings: { some: { status: "PUBLISHED", category: { slug: category } } } },
    select: { id: true, name: true, city: true, _count: { select: { listings: { where: { status: "PUBLISHED", category: { slug: category } } } } } },
    orderBy: { name: "asc" },
    take: 200,
  });
  return rows.map((row) => ({ id: row.id, name: row.name, city: row.city, listings: row._count.listings }));
}
