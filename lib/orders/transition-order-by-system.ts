import { recordAudit } from "@/lib/audit/record-audit";
import type { Tx } from "@/lib/db/create-client";
import type { OrderStatus } from "@/lib/db/generated/enums.ts";
import { notify } from "@/lib/notify/notify";
import { transitionRule, type OrderParty } from "./order-transitions";

/**
 * A move a module makes on its own — settlement (the payment completing the first invoice
 * marks the order paid) or disputes (opening one, and the moderator's decision) — checked
 * against the same state machine as people's moves, for that module's party. The order row
 * must already be locked by the caller's transaction. Returns false, changing nothing, when
 * the order is not in a status the move starts from (e.g. already paid).
 */
export async function transitionOrderBySystemInTx(
  tx: Tx,
  orderId: string,
  to: OrderStatus,
  context: { party: Extract<OrderParty, "settlement" | "disputes">; userId: string | null; organizationId: string | null; reason: string },
): Promise<boolean> {
  const order = await tx.order.findUniqueOrThrow({ where: { id: orderId }, select: { id: true, number: true, status: true, buyerId: true, supplierId: true } });
  const rule = transitionRule(order.status, to);
  if (!rule || !rule.by.includes(context.party)) return false;
  await tx.order.update({ where: { id: order.id }, data: { status: to }, select: { id: true } });
  await tx.orderEvent.create({
    data: { orderId: order.id, type: "status_changed", fromStatus: order.status, toStatus: to, actorUserId: context.userId, actorOrgId: context.organizationId, data: { by: context.party, reason: context.reason } },
  });
  await recordAudit(tx, {
    actor: context.userId && context.organizationId ? { userId: context.userId, organizationId: context.organizationId } : null,
    action: "order.status_changed",
    targetType: "Order",
    targetId: order.id,
    organizationId: order.buyerId,
    data: { number: order.number, from: order.status, to, by: context.party, reason: context.reason },
  });
  for (const organizationId of [order.buyerId, order.supplierId]) {
    await notify(tx, { type: "order.status_changed", data: { orderNumber: order.number, status: to }, link: `/orders/${order.id}`, to: { organizationId } });
  }
  return true;
}
