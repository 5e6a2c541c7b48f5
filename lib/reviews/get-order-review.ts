import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/create-client";
import { AppError } from "@/lib/errors/app-error";
import { isUuid } from "@/lib/ids/is-uuid";
import { canSeeOrder } from "@/lib/orders/order-parties";

/**
 * The review of one order as the actor may see it, and whether the actor may write one now.
 * The buying company sees its review in any state; hub staff too; the supplier only once it is
 * published — a pending or rejected review is not the supplier's to read.
 */
export async function getOrderReview(client: Db, actor: Actor, orderId: string) {
  if (!isUuid(orderId)) throw new AppError("NOT_FOUND", "Order not found");
  const order = await client.order.findUnique({
    where: { id: orderId },
    select: {
      id: true,
      status: true,
      buyerId: true,
      supplierId: true,
      supplier: { select: { name: true } },
      orderReview: { select: { id: true, rating: true, text: true, status: true, createdAt: true, moderatedAt: true } },
    },
  });
  if (!order || !canSeeOrder(actor, order)) throw new AppError("NOT_FOUND", "Order not found");
  const review = order.orderReview;
  const visible = review && (actor.organization.id === order.buyerId || actor.organization.type === "HUB" || review.status === "PUBLISHED") ? review : null;
  const canWrite = !review && order.status === "COMPLETED" && can(actor, "reviews:write", { organizationId: order.buyerId });
  return { orderId: order.id, supplierName: order.supplier.name, review: visible, canWrite };
}

export type OrderReviewView = Awaited<ReturnType<typeof getOrderReview>>;
