import type { Db } from "@/lib/db/create-client";
import { isUuid } from "@/lib/ids/is-uuid";

export const publishedReviewsPageSize = 10;

/**
 * A supplier's published reviews for its public page, newest first. Public data: only what a
 * moderator let through, and of the buyer only its city and country — not the company's name.
 */
export async function listPublishedReviews(client: Db, supplierId: string, page = 1) {
  if (!isUuid(supplierId)) return { total: 0, pages: 1, reviews: [] };
  const where = { supplierId, status: "PUBLISHED" as const };
  const [total, rows] = await Promise.all([
    client.orderReview.count({ where }),
    client.orderReview.findMany({
      where,
      orderBy: [{ moderatedAt: "desc" }, { id: "asc" }],
      skip: (Math.max(1, page) - 1) * publishedReviewsPageSize,
      take: publishedReviewsPageSize,
      select: { id: true, rating: true, text: true, createdAt: true, order: { select: { buyer: { select: { city: true, country: true } } } } },
    }),
  ]);
  return {
    total,
    pages: Math.max(1, Math.ceil(total / publishedReviewsPageSize)),
    reviews: rows.map((row) => ({ id: row.id, rating: row.rating, text: row.text, writtenAt: row.createdAt, buyerCity: row.order.buyer.city, buyerCountry: row.order.buyer.country })),
  };
}
