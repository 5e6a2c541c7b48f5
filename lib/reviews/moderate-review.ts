import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/permissions";
import { auditActorOf, recordAudit } from "@/lib/audit/record-audit";
import type { Db } from "@/lib/db/create-client";
import { AppError } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/errors/validation";
import { isUuid } from "@/lib/ids/is-uuid";
import { notify } from "@/lib/notify/notify";
import { reviewDecisionSchema } from "./review-input";

/**
 * A hub moderator publishes a pending review (it then counts in the supplier's rating and shows
 * on its page) or rejects it (it stays visible to its author only). Decided once: a second
 * decision, or one racing another moderator, gets a CONFLICT and changes nothing. The supplier
 * hears about a published review; the author hears about a rejected one.
 */
export async function moderateReview(client: Db, actor: Actor, reviewId: string, rawDecision: unknown, context: { ip?: string; now?: Date } = {}): Promise<{ id: string; status: "PUBLISHED" | "REJECTED" }> {
  authorize(actor, "reviews:moderate");
  const { decision } = parseInput(reviewDecisionSchema, rawDecision);
  if (!isUuid(reviewId)) throw new AppError("NOT_FOUND", "Review not found");
  const now = context.now ?? new Date();
  return client.$transaction(async (tx) => {
    const [locked] = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "OrderReview" WHERE id = ${reviewId}::uuid FOR UPDATE`;
    if (!locked) throw new AppError("NOT_FOUND", "Review not found");
    const review = await tx.orderReview.findUniqueOrThrow({
      where: { id: reviewId },
      select: { id: true, status: true, rating: true, supplierId: true, createdById: true, order: { select: { id: true, number: true, buyer: { select: { name: true } } } } },
    });
    if (review.status !== "PENDING") throw new AppError("CONFLICT", `Review is ${review.status}`, { messageKey: "trust:errors.review_decided" });
    const status = decision === "publish" ? "PUBLISHED" : "REJECTED";
    await tx.orderReview.update({ where: { id: review.id }, data: { status, moderatedById: actor.userId, moderatedAt: now }, select: { id: true } });
    await recordAudit(tx, {
      actor: auditActorOf(actor),
      action: decision === "publish" ? "review.published" : "review.rejected",
      targetType: "OrderReview",
      targetId: review.id,
      organizationId: review.supplierId,
      data: { orderNumber: review.order.number, rating: review.rating },
      ip: context.ip,
    });
    if (status === "PUBLISHED") {
      await notify(tx, {
        type: "review.published",
        data: { orderNumber: review.order.number, buyerName: review.order.buyer.name },
        link: `/suppliers/${review.supplierId}#reviews`,
        to: { organizationId: review.supplierId },
      });
    } else {
      await notify(tx, { type: "review.rejected", data: { orderNumber: review.order.number }, link: `/orders/${review.order.id}`, to: { userIds: [review.createdById] } });
    }
    return { id: review.id, status };
  });
}
