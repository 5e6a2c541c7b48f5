import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { claimAttachments } from "@/lib/attachments/claim-attachments";
import { auditActorOf, recordAudit } from "@/lib/audit/record-audit";
import type { Db } from "@/lib/db/create-client";
import { OrderDocumentKind } from "@/lib/db/generated/enums.ts";
import { AppError } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/errors/validation";
import { isUuid } from "@/lib/ids/is-uuid";
import { notify } from "@/lib/notify/notify";
import { orderPartiesOf } from "./order-parties";

export const orderDocumentInputSchema = z.object({
  attachmentId: z.uuid({ error: "invalid" }),
  kind: z.enum(OrderDocumentKind, { error: "invalid" }),
});

/**
 * The supplier attaches a trade document (commercial invoice, packing list, certificate of
 * origin, EAC certificate…) to an order: an upload of its own, not yet linked anywhere. The
 * buyer is notified; only the order's two companies and hub staff can download it.
 */
export async function addOrderDocument(client: Db, actor: Actor, orderId: string, rawInput: unknown, context: { ip?: string } = {}) {
  const input = parseInput(orderDocumentInputSchema, rawInput);
  if (!isUuid(orderId)) throw new AppError("NOT_FOUND", "Order not found");
  return client.$transaction(async (tx) => {
    const order = await tx.order.findUnique({ where: { id: orderId }, select: { id: true, number: true, buyerId: true, supplierId: true, status: true } });
    if (!order || (actor.organization.id !== order.buyerId && actor.organization.id !== order.supplierId && actor.organization.type !== "HUB")) throw new AppError("NOT_FOUND", "Order not found");
    if (!orderPartiesOf(actor, order).includes("supplier")) throw new AppError("FORBIDDEN", "Only the supplier attaches documents", { messageKey: "deal.not_your_step" });
    if (order.status === "CANCELLED") throw new AppError("CONFLICT", "Order cancelled", { messageKey: "deal.order_transition_not_allowed" });
    const [attachmentId] = await claimAttachments(tx, actor, [input.attachmentId]);
    await tx.orderDocument.create({ data: { orderId, attachmentId: attachmentId!, kind: input.kind } });
    await tx.orderEvent.create({ data: { orderId, type: "document_added", actorUserId: actor.userId, actorOrgId: actor.organization.id, data: { kind: input.kind, attachmentId: attachmentId! } } });
    await recordAudit(tx, { actor: auditActorOf(actor), action: "order.document_added", targetType: "Order", targetId: orderId, organizationId: order.buyerId, data: { number: order.number, kind: input.kind }, ip: context.ip });
    await notify(tx, { type: "order.document_added", data: { orderNumber: order.number, documentKind: input.kind }, link: `/orders/${orderId}`, to: { organizationId: order.buyerId } });
    return { orderId, attachmentId: attachmentId!, kind: input.kind };
  });
}
