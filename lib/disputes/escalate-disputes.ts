import { recordAudit } from "@/lib/audit/record-audit";
import type { Db } from "@/lib/db/create-client";
import { notify } from "@/lib/notify/notify";
import { notifyHubStaff } from "@/lib/notify/notify-hub-staff";

/**
 * Escalates disputes whose deadline passed without the next step: the supplier did not answer
 * in time, or the hub did not decide in time. Each is escalated once (SKIP LOCKED, so two
 * processes never both escalate one); the buyer, the supplier and hub moderators are told.
 * Returns how many were escalated.
 */
export async function escalateDisputes(client: Db, now = new Date()): Promise<number> {
  return client.$transaction(async (tx) => {
    const due = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM "Dispute"
      WHERE "escalatedAt" IS NULL AND status <> 'DECIDED'
        AND ((status = 'OPEN' AND "supplierDueAt" <= ${now}) OR "decisionDueAt" <= ${now})
      ORDER BY "openedAt" LIMIT 100 FOR UPDATE SKIP LOCKED`;
    for (const { id } of due) {
      const dispute = await tx.dispute.update({ where: { id }, data: { status: "ESCALATED", escalatedAt: now }, include: { order: { select: { id: true, number: true, buyerId: true, supplierId: true } } } });
      await recordAudit(tx, { actor: null, action: "dispute.escalated", targetType: "Dispute", targetId: id, organizationId: dispute.order.buyerId, data: { orderNumber: dispute.order.number, answered: dispute.supplierAnswer !== null } });
      for (const organizationId of [dispute.order.buyerId, dispute.order.supplierId]) {
        await notify(tx, { type: "dispute.escalated", data: { orderNumber: dispute.order.number }, link: `/orders/${dispute.order.id}`, to: { organizationId } });
      }
      await notifyHubStaff(tx, ["moderator", "admin"], { type: "dispute.escalated", data: { orderNumber: dispute.order.number }, link: `/hub/disputes/${id}` });
    }
    return due.length;
  });
}
