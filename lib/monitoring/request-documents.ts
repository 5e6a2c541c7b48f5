import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/permissions";
import { auditActorOf, recordAudit } from "@/lib/audit/record-audit";
import type { Db } from "@/lib/db/create-client";
import { AppError } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/errors/validation";
import { isUuid } from "@/lib/ids/is-uuid";
import { notify } from "@/lib/notify/notify";

export const requestDocumentsInputSchema = z.object({
  party: z.enum(["buyer", "supplier"], { error: "required" }),
  note: z.string({ error: "required" }).trim().min(10, { error: "too_short" }).max(1000, { error: "too_long" }),
});

export type RequestDocumentsInput = z.infer<typeof requestDocumentsInputSchema>;

/**
 * A moderator looking into a flagged order asks its buyer or its supplier for documents
 * (contracts, proof of payment, certificates…), saying which in the note. The party's people
 * are notified in their own language with the note as written, and the request is audited
 * under the party's organization so it shows in that company's audit trail too. Nothing on
 * the order changes: the documents come back through the order's documents.
 */
export async function requestOrderDocuments(client: Db, actor: Actor, orderId: string, rawInput: unknown, context: { ip?: string } = {}): Promise<{ notified: number }> {
  authorize(actor, "disputes:decide");
  const input = parseInput(requestDocumentsInputSchema, rawInput);
  if (!isUuid(orderId)) throw new AppError("NOT_FOUND", "Order not found");
  return client.$transaction(async (tx) => {
    const order = await tx.order.findUnique({ where: { id: orderId }, select: { id: true, number: true, buyerId: true, supplierId: true } });
    if (!order) throw new AppError("NOT_FOUND", "Order not found");
    const organizationId = input.party === "buyer" ? order.buyerId : order.supplierId;
    const { userIds } = await notify(tx, { type: "order.documents_requested", data: { orderNumber: order.number, note: input.note }, link: `/orders/${order.id}`, to: { organizationId } });
    await recordAudit(tx, {
      actor: auditActorOf(actor),
      action: "order.documents_requested",
      targetType: "Order",
      targetId: order.id,
      organizationId,
      data: { number: order.number, party: input.party, note: input.note, notified: userIds.length },
      ip: context.ip,
    });
    return { notified: userIds.length };
  });
}
