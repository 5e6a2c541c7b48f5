import type { Actor } from "@/lib/auth/actor";
import { auditActorOf, recordAudit } from "@/lib/audit/record-audit";
import type { Db } from "@/lib/db/create-client";
import { AppError } from "@/lib/errors/app-error";
import { notify } from "@/lib/notify/notify";
import { effectiveRfqStatus } from "./effective-rfq-status";
import { lockRfqForBuyer } from "./lock-rfq";

/** The buyer withdraws a draft or open RFQ; open negotiations are declined and their suppliers told. */
export async function cancelRfq(client: Db, actor: Actor, rfqId: string, context: { ip?: string; now?: Date } = {}) {
  const now = context.now ?? new Date();
  return client.$transaction(async (tx) => {
    const rfq = await lockRfqForBuyer(tx, actor, rfqId);
    const status = effectiveRfqStatus(rfq, now);
    if (status !== "OPEN" && status !== "DRAFT") throw new AppError("CONFLICT", `RFQ is ${status}`, { messageKey: "deal.rfq_not_open" });
    const open = await tx.quote.findMany({ where: { rfqId, status: { in: ["OFFERED", "COUNTERED"] } }, select: { id: true, supplierId: true } });
    await tx.quote.updateMany({ where: { id: { in: open.map((q) => q.id) } }, data: { status: "DECLINED" } });
    await tx.rfq.update({ where: { id: rfqId }, data: { status: "CANCELLED", closedAt: now }, select: { id: true } });
    await recordAudit(tx, { actor: auditActorOf(actor), action: "rfq.cancelled", targetType: "Rfq", targetId: rfqId, organizationId: rfq.buyerId, data: { number: rfq.number }, ip: context.ip });
    if (status === "OPEN") {
      const recipients = await tx.rfqRecipient.findMany({ where: { rfqId }, select: { supplierId: true } });
      for (const { supplierId } of recipients) {
        await notify(tx, { type: "rfq.cancelled", data: { rfqNumber: rfq.number, title: rfq.title }, link: `/rfqs/${rfqId}`, to: { organizationId: supplierId } });
      }
    }
    return { id: rfqId, status: "CANCELLED" as const };
  });
}
