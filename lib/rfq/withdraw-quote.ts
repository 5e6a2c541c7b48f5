import type { Actor } from "@/lib/auth/actor";
import { auditActorOf, recordAudit } from "@/lib/audit/record-audit";
import type { Db } from "@/lib/db/create-client";
import { AppError } from "@/lib/errors/app-error";
import { isUuid } from "@/lib/ids/is-uuid";
import { notify } from "@/lib/notify/notify";
import { effectiveRfqStatus } from "./effective-rfq-status";
import { lockRfqForSupplier } from "./lock-rfq";

/**
 * The supplier takes its offer off the table while the RFQ is open (the quote can no longer
 * be accepted; its history stays). The buyer is told. Under the RFQ's lock, so a withdrawal
 * and an award never both succeed.
 */
export async function withdrawQuote(client: Db, actor: Actor, quoteId: string, context: { ip?: string; now?: Date } = {}) {
  if (!isUuid(quoteId)) throw new AppError("NOT_FOUND", "Quote not found");
  const now = context.now ?? new Date();
  return client.$transaction(async (tx) => {
    const owned = await tx.quote.findFirst({ where: { id: quoteId, supplierId: actor.organization.id }, select: { rfqId: true } });
    if (!owned) throw new AppError("NOT_FOUND", "Quote not found");
    const rfq = await lockRfqForSupplier(tx, actor, owned.rfqId);
    const quote = await tx.quote.findUniqueOrThrow({ where: { id: quoteId } });
    if (effectiveRfqStatus(rfq, now) !== "OPEN" || (quote.status !== "OFFERED" && quote.status !== "COUNTERED")) {
      throw new AppError("CONFLICT", "Negotiation closed", { messageKey: "deal.quote_not_open" });
    }
    await tx.quote.update({ where: { id: quoteId }, data: { status: "WITHDRAWN" }, select: { id: true } });
    await recordAudit(tx, { actor: auditActorOf(actor), action: "quote.withdrawn", targetType: "Quote", targetId: quoteId, organizationId: actor.organization.id, data: { rfq: rfq.number }, ip: context.ip });
    await notify(tx, { type: "quote.withdrawn", data: { rfqNumber: rfq.number, title: rfq.title, supplierName: actor.organization.name }, link: `/rfqs/${rfq.id}`, to: { organizationId: rfq.buyerId } });
    return { id: quoteId, status: "WITHDRAWN" as const };
  });
}
