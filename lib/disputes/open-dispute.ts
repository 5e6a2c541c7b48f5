import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/permissions";
import { claimAttachments } from "@/lib/attachments/claim-attachments";
import { auditActorOf, recordAudit } from "@/lib/audit/record-audit";
import type { Db } from "@/lib/db/create-client";
import type { OrderStatus } from "@/lib/db/generated/enums.ts";
import { env } from "@/lib/env/env";
import { AppError } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/errors/validation";
import { isUuid } from "@/lib/ids/is-uuid";
import { notify } from "@/lib/notify/notify";
import { notifyHubStaff } from "@/lib/notify/notify-hub-staff";
import { transitionOrderBySystemInTx } from "@/lib/orders/transition-order-by-system";
import { openDisputeInputSchema } from "./dispute-input";

const day = 86_400_000;
/** Before delivery, only a late order can be disputed (the wished delivery date has passed). */
const lateStatuses: readonly OrderStatus[] = ["PAID", "IN_PRODUCTION", "SHIPPED"];

/** Whether the buyer may dispute the order now: delivered, or late (paid, not delivered, past its delivery date). */
export function canOpenDispute(order: { status: OrderStatus; deliveryDate: Date | null }, now = new Date()): boolean {
  if (order.status === "DELIVERED") return true;
  return lateStatuses.includes(order.status) && order.deliveryDate !== null && order.deliveryDate.getTime() + day <= now.getTime();
}

/**
 * The buyer opens a dispute on a delivered or late order: reason, description, evidence. The
 * order moves to DISPUTED (which blocks the payout), deadlines are set for the supplier's answer
 * and the hub's decision, and the supplier and hub moderators are told — one transaction,
 * under the order's row lock; one dispute per order.
 */
export async function openDispute(client: Db, actor: Actor, orderId: string, rawInput: unknown, context: { ip?: string; now?: Date } = {}): Promise<{ id: string }> {
  const input = parseInput(openDisputeInputSchema, rawInput);
  if (!isUuid(orderId)) throw new AppError("NOT_FOUND", "Order not found");
  const now = context.now ?? new Date();
  return client.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "Order" WHERE id = ${orderId}::uuid FOR UPDATE`;
    const order = await tx.order.findUnique({ where: { id: orderId }, select: { id: true, number: true, status: true, buyerId: true, supplierId: true, deliveryDate: true, dispute: { select: { id: true } } } });
    if (!order || (order.buyerId !== actor.organization.id && order.supplierId !== actor.organization.id && actor.organization.type !== "HUB")) throw new AppError("NOT_FOUND", "Order not found");
    authorize(actor, "disputes:open", { organizationId: order.buyerId });
    if (order.dispute) throw new AppError("CONFLICT", "A dispute exists", { messageKey: "disputes:errors.already_open" });
    if (!canOpenDispute(order, now)) throw new AppError("CONFLICT", "Not disputable now", { messageKey: "disputes:errors.not_disputable" });
    const settings = env();
    const dispute = await tx.dispute.create({
      data: {
        orderId: order.id,
        reason: input.reason,
        description: input.description,
        openedById: actor.userId,
        openedAt: now,
        orderStatusBefore: order.status,
        supplierDueAt: new Date(now.getTime() + settings.DISPUTE_SUPPLIER_DAYS * day),
        decisionDueAt: new Date(now.getTime() + settings.DISPUTE_DECISION_DAYS * day),
      },
      select: { id: true },
    });
    const files = await claimAttachments(tx, actor, input.attachmentIds ?? []);
    if (files.length) await tx.disputeAttachment.createMany({ data: files.map((attachmentId) => ({ disputeId: dispute.id, attachmentId, side: "buyer" })) });
    await transitionOrderBySystemInTx(tx, order.id, "DISPUTED", { party: "disputes", userId: actor.userId, organizationId: actor.organization.id, reason: `dispute opened: ${input.reason}` });
    await recordAudit(tx, { actor: auditActorOf(actor), action: "dispute.opened", targetType: "Dispute", targetId: dispute.id, organizationId: order.buyerId, data: { orderNumber: order.number, reason: input.reason, files: files.length }, ip: context.ip });
    const link = `/orders/${order.id}`;
    await notify(tx, { type: "dispute.opened", data: { orderNumber: order.number }, link, to: { organizationId: order.supplierId } });
    await notifyHubStaff(tx, ["moderator", "admin"], { type: "dispute.opened", data: { orderNumber: order.number }, link: `/hub/disputes/${dispute.id}` });
    return dispute;
  });
}
