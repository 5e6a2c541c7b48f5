import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/create-client";

export const reviewQueuePageSize = 25;

/**
 * Reviews waiting for moderation, oldest first (first written, first decided), with the order
 * and both companies, so a moderator can judge each one without opening the order.
 */
export async function listReviewQueue(client: Db, actor: Actor, page = 1) {
  authorize(actor, "reviews:moderate");
  const where = { status: "PENDING" as const };
  const [total, reviews] = await Promise.all([
    client.orderReview.count({ where }),
    client.orderReview.findMany({
      where,
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      skip: (Math.max(1, page) - 1) * reviewQueuePageSize,
      take: reviewQueuePageSize,
      select: {
        id: true,
        rating: true,
        text: true,
        createdAt: true,
        order: {
          select: {
            id: true,
            number: true,
            createdAt: true,
            supplier: { select: { id: true, name: true, city: true } },
            buyer: { select: { id: true, name: true, city: true, country: true } },
          },
        },
      },
    }),
  ]);
  return { total, pages: Math.max(1, Math.ceil(total / reviewQueuePageSize)), reviews };
}
