import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/create-client";
import type { Prisma } from "@/lib/db/generated/client.ts";
import { ListingStatus } from "@/lib/db/generated/enums.ts";
import { parseInput } from "@/lib/errors/validation";

export const ownListingsQuerySchema = z.object({
  status: z.enum(ListingStatus).optional().catch(undefined),
  /** Matches the SKU or a word of the title in any language. */
  q: z.string().trim().max(100).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).catch(20).default(20),
});

export type OwnListingsQuery = z.infer<typeof ownListingsQuerySchema>;

/**
 * The supplier's own catalog for the console and `GET /api/v1/listings`: every status, newest
 * change first, with counts per status for the tabs. Always scoped to the actor's organization.
 */
export async function listOwnListings(client: Db, actor: Actor, rawQuery: unknown) {
  authorize(actor, "listings:manage", { organizationId: actor.organization.id });
  const query = parseInput(ownListingsQuerySchema, rawQuery);
  const own: Prisma.ListingWhereInput = { supplierId: actor.organization.id };
  const text: Prisma.ListingWhereInput = query.q ? { id: { in: await matchingOwnListingIds(client, actor.organization.id, query.q) } } : {};
  const where: Prisma.ListingWhereInput = { AND: [own, text, query.status ? { status: query.status } : {}] };
  const [total, rows, byStatus] = await Promise.all([
    client.listing.count({ where }),
    client.listing.findMany({
      where,
      orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
      include: {
        priceTiers: { orderBy: { minQty: "asc" }, take: 1 },
        category: { select: { slug: true, names: true } },
        images: { orderBy: { position: "asc" }, take: 1, select: { storageKey: true, width: true, height: true } },
      },
    }),
    client.listing.groupBy({ by: ["status"], where: { AND: [own, text] }, _count: { _all: true } }),
  ]);
  const counts = Object.fromEntries(Object.values(ListingStatus).map((status) => [status, 0])) as Record<ListingStatus, number>;
  for (const group of byStatus) counts[group.status] = group._count._all;
  return { query, total, pages: Math.max(1, Math.ceil(total / query.pageSize)), counts, listings: rows };
}

/** Ids of the organization's listings whose SKU or title (in any language) contains the text, ignoring case. */
async function matchingOwnListingIds(client: Db, organizationId: string, text: string): Promise<string[]> {
  const pattern = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const rows = await client.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Listing"
    WHERE "supplierId" = ${organizationId}::uuid
      AND (sku ILIKE ${pattern} OR EXISTS (SELECT 1 FROM jsonb_each_text(title) AS t WHERE t.value ILIKE ${pattern}))
    LIMIT 5000`;
  return rows.map((row) => row.id);
}
