import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/permissions";
import { auditActorOf, recordAudit } from "@/lib/audit/record-audit";
import type { Db } from "@/lib/db/create-client";
import { Prisma } from "@/lib/db/generated/client.ts";
import { AppError } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/errors/validation";
import { isUuid } from "@/lib/ids/is-uuid";
import { canSeeOrder } from "@/lib/orders/order-parties";
import { reviewInputSchema } from "./review-input";

/**
 * The buyer rates a completed order (1–5) and says in a few words how it went. One review per
 * order, written by a member of the buying company; it waits as PENDING until a hub moderator
 * publishes or rejects it, so nothing reaches the supplier's page unchecked. The order row is
 * locked, so two colleagues submitting at once get one review and one CONFLICT.
 */
export async function writeReview(client: Db, actor: Actor, orderId: string, rawInput: unknown, context: { ip?: string } = {}): Promise<{ id: string; status: "PENDING" }> {
  const input = parseInput(reviewInputSchema, rawInput);
  if (!isUuid(orderId)) throw new AppError("NOT_FOUND", "Order not found");
  try {
    return await client.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT id FROM "Order" WHERE id = ${orderId}::uuid FOR UPDATE`;
      const order = await tx.order.findUnique({ where: { id: orderId }, select: { id: true, number: true, status: true, buyerId: true, supplierId: true, orderReview: { select: { id: true } } } });
      // Other companies must not learn the order exists; its supplier and hub staff may see it but not review it.
      if (!order || !canSeeOrder(actor, order)) throw new AppError("NOT_FOUND", "Order not found");
      authorize(actor, "reviews:write", { organizationId: order.buyerId });
      if (order.status !== "COMPLETED") throw new AppError("CONFLICT", `Order is ${order.status}`, { messageKey: "trust:errors.order_not_completed" });
      if (order.orderReview) throw new AppError("CONFLICT", "Order already reviewed", { messageKey: "trust:errors.already_reviewed" });
      const review = await tx.orderReview.create({
        data: { orderId: order.id, supplierId: order.supplierId, buyerId: order.buyerId, rating: input.rating, text: input.text, status: "PENDING", createdById: actor.userId },
        select: { id: true },
      });
      await recordAudit(tx, {
        actor: auditActorOf(actor),
        action: "review.submitted",
        targetType: "OrderReview",
        targetId: review.id,
        // The review is about the supplier: its audit trail sits with the supplier, the buyer shows as the actor.
        organizationId: order.supplierId,
        data: { orderNumber: order.number, rating: input.rating },
        ip: context.ip,
      });
      return { id: review.id, status: "PENDING" as const };
    });
  } catch (error) {
    // The unique orderId is the last line of defence if the lock was ever bypassed.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new AppError("CONFLICT", "Order already reviewed", { messageKey: "trust:errors.already_reviewed" });
    throw error;
  }
}
