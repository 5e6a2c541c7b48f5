import type { Db } from "@/lib/db/create-client";
import { recordAudit } from "@/lib/audit/record-audit";
import { notify } from "@/lib/notify/notify";

/**
 * Stores the expiry of every OPEN RFQ whose time has passed and tells its buyer. Reads already
 * treat such RFQs as expired (effectiveRfqStatus); this job catches the stored state up and
 * sends the notice, whenever it runs — after downtime it simply finds more to do. Each RFQ is
 * expired in its own transaction, skipping rows another worker holds.
 */
export async function expireRfqs(client: Db, now = new Date(), limit = 200): Promise<number> {
  const due = await client.rfq.findMany({ where: { status: "OPEN", expiresAt: { lte: now } }, select: { id: true }, take: limit, orderBy: { expiresAt: "asc" } });
  let expired = 0;
  for (const { id } of due) {
    const done = await client.$transaction(async (tx) => {
      const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Rfq" WHERE id = ${id}::uuid AND status = 'OPEN' AND "expiresAt" <= ${now} FOR UPDATE SKIP LOCKED`;
      if (!locked.length) return false;
      const rfq = await tx.rfq.update({ where: { id }, data: { status: "EXPIRED", closedAt: now }, select: { id: true, number: true, title: true, buyerId: true } });
      await recordAudit(tx, { actor: null, action: "rfq.expired", targetType: "Rfq", targetId: id, organizationId: rfq.buyerId, data: { number: rfq.number } });
      await notify(tx, { type: "rfq.expired", data: { rfqNumber: rfq.number, title: rfq.title }, link: `/rfqs/${id}`, to: { organizationId: rfq.buyerId } });
      return true;
    });
    if (done) expired += 1;
  }
  return expired;
}
