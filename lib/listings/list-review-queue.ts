import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/create-client";

const pageSize = 25;

/**
 * Listings waiting for a decision, oldest submission first (first in, first reviewed), with
 * what a moderator needs to decide without opening each one.
 */
export async function listReviewQueue(client: Db, actor: Actor, page = 1) {
  authorize(actor, "listings:review");
  const where = { status: "PENDING_REVIEW" as const };
  const [total, rows] = await Promise.all([
    client.listing.count({ where }),
    client.listing.findMany({
      where,
      orderBy: [{ submittedAt: { sort: "asc", nulls: "first" } }, { id: "asc" }],
      skip: (Math.max(1, page) - 1) * pageSize,
      take: pageSize,
      include: {
        priceTiers: { orderBy: { minQty: "asc" } },
        category: { select: { slug: true, names: true } },
        supplier: { select: { id: true, name: true, city: true, verificationStatus: true } },
        images: { orderBy: { position: "asc" }, select: { id: true, storageKey: true, width: true, height: true } },
      },
    }),
  ]);
  return { total, pages: Math.max(1, Math.ceil(total / pageSize)), listings: rows };
}
