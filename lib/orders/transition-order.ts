import type { Actor } from "@/lib/auth/actor";
import { auditActorOf, recordAudit } from "@/lib/audit/record-audit";
import type { Db } from "@/lib/db/create-client";
import type { OrderStatus } from "@/lib/db/generated/enums.ts";
import { AppError } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/errors/validation";
import { isUuid } from "@/lib/ids/is-uuid";
import { issueOrderInvoicesInTx } from "@/lib/settlement/issue-order-invoices";
import { voidOrderInvoicesInTx } from "@/lib/settlement/void-order-invoices";
import { notify } from "@/lib/notify/notify";
import { requireBuyerReview } from "@/lib/verification/require-buyer-review";
import { canSeeOrder, orderPartiesOf } from "./order-parties";
import { transitionRule } from "./order-transitions";
import { orderTransitionInputSchema } from "./transition-input";

/**
 * Moves an order along its state machine (lib/orders/order-transitions.ts) with the row locked:
 * the move must exist from the current status (else CONFLICT) and the actor must be a party
 * allowed to make it (else FORBIDDEN). Writes the timeline event and the audit event and tells
 * the other side — all in one transaction. Settlement rides along in the same transaction:
 * asking for payment issues the invoices, cancelling voids them, and shipping waits for the
 * balance to be paid.
 */
export async function transitionOrder(client: Db, actor: Actor, orderId: string, rawInput: unknown, context: { ip?: string; /** Defaults to BUYER_REVIEW_ORDER_USD. */ buyerReviewOrderUsd?: number } = {}): Promise<{ id: string; status: OrderStatus }> {
  const input = parseInput(orderTransitionInputSchema, rawInput);
  if (!isUuid(orderId)) throw new AppError("NOT_FOUND", "Order not found");
  await requireBuyerReview(client, actor, orderId, input.to, { thresholdUsd: context.buyerReviewOrderUsd });
  return client.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "Order" WHERE id = ${orderId}::uuid FOR UPDATE`;
    const order = await tx.order.findUnique({ where: { id: orderId }, include: { buyer: { select: { name: true, country: true } } } });
    if (!order || !canSeeOrder(actor, order)) throw new AppError("NOT_FOUND", "Order not found");
    const rule = transitionRule(order.status, input.to);
    if (!rule) throw new AppError("CONFLICT", `Cannot go from ${order.status} to ${input.to}`, { messageKey: "deal.order_transition_not_allowed" });
    if (!rule.by.some((party) => orderPartiesOf(actor, order).includes(party))) throw new AppError("FORBIDDEN", "Not this party's step", { messageKey: "deal.not_your_step" });

    if (input.to === "SHIPPED" && (await tx.invoice.count({ where: { orderId: order.id, status: { notIn: ["PAID", "VOID"] } } })) > 0) {
      throw new AppError("CONFLICT", "The balance is not paid yet", { messageKey: "settlement:errors.balance_due" });
    }
    await tx.order.update({
      where: { id: order.id },
      data: { status: input.to, ...(input.to === "SHIPPED" && input.shipment ? { carrier: input.shipment.carrier, trackingNumber: input.shipment.trackingNumber, route: input.shipment.route || null } : {}) },
      select: { id: true },
    });
    await tx.orderEvent.create({
      data: {
        orderId: order.id,
        type: "status_changed",
        fromStatus: order.status,
        toStatus: input.to,
        actorUserId: actor.userId,
        actorOrgId: actor.organization.id,
        data: { ...(input.shipment ? { shipment: input.shipment } : {}), ...(input.note ? { note: input.note } : {}) },
      },
    });
    if (input.to === "AWAITING_PAYMENT") await issueOrderInvoicesInTx(tx, order, { userId: actor.userId });
    if (input.to === "CANCELLED") await voidOrderInvoicesInTx(tx, order.id, { userId: actor.userId });
    await recordAudit(tx, {
      actor: auditActorOf(actor),
      action: "order.status_changed",
      targetType: "Order",
      targetId: order.id,
      organizationId: order.buyerId,
      data: { number: order.number, from: order.status, to: input.to },
      ip: context.ip,
    });
    const link = `/orders/${order.id}`;
    const others = [order.buyerId, order.supplierId].filter((id) => id !== actor.organization.id);
    for (const organizationId of others) {
      if (input.to === "SHIPPED" && input.shipment) {
        await notify(tx, { type: "order.shipped", data: { orderNumber: order.number, carrier: input.shipment.carrier, trackingNumber: input.shipment.trackingNumber }, link, to: { organizationId } });
      } else {
        await notify(tx, { type: "order.status_changed", data: { orderNumber: order.number, status: input.to }, link, to: { organizationId } });
      }
    }
    return { id: order.id, status: input.to };
  });
}
