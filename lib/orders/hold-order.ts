import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/permissions";
import { auditActorOf, recordAudit } from "@/lib/audit/record-audit";
import type { Db } from "@/lib/db/create-client";
import { AppError } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/errors/validation";
import { isUuid } from "@/lib/ids/is-uuid";
import { notify } from "@/lib/notify/notify";

const holdInputSchema = z.object({ hold: z.boolean(), reason: z.string({ error: "required" }).trim().min(3, { error: "too_short" }).max(1000, { error: "too_long" }) });

/**
 * Hub moderators hold an order they are looking into (transfers for it are then kept unmatched
 * and its payout cannot be released) or release it. Both sides are told; the reason is kept on
 * the order and in the audit log.
 */
export async function setOrderHold(client: Db, actor: Actor, orderId: string, rawInput: unknown, context: { ip?: string } = {}): Promise<{ heldAt: Date | null }> {
  authorize(actor, "disputes:decide");
  const input = parseInput(holdInputSchema, rawInput);
  if (!isUuid(orderId)) throw new AppError("NOT_FOUND", "Order not found");
  return client.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "Order" WHERE id = ${orderId}::uuid FOR UPDATE`;
    const order = await tx.order.findUnique({ where: { id: orderId }, select: { id: true, number: true, buyerId: true, supplierId: true, heldAt: true } });
    if (!order) throw new AppError("NOT_FOUND", "Order not found");
    if (Boolean(order.heldAt) === input.hold) throw new AppError("CONFLICT", input.hold ? "Already held" : "Not held", { messageKey: input.hold ? "disputes:errors.already_held" : "disputes:errors.not_held" });
    const heldAt = input.hold ? new Date() : null;
    await tx.order.update({ where: { id: order.id }, data: { heldAt, holdReason: input.hold ? input.reason : null }, select: { id: true } });
    await tx.orderEvent.create({ data: { orderId: order.id, type: input.hold ? "held" : "hold_released", actorUserId: actor.userId, actorOrgId: actor.organization.id, data: { note: input.reason } } });
    await recordAudit(tx, { actor: auditActorOf(actor), action: input.hold ? "order.held" : "order.hold_released", targetType: "Order", targetId: order.id, organizationId: order.buyerId, data: { number: order.number, reason: input.reason }, ip: context.ip });
    for (const organizationId of [order.buyerId, order.supplierId]) {
      await notify(tx, { type: input.hold ? "order.held" : "order.hold_released", data: { orderNumber: order.number }, link: `/orders/${order.id}`, to: { organizationId } });
    }
    return { heldAt };
  });
}
