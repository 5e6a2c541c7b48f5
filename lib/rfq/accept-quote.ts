import type { Actor } from "@/lib/auth/actor";
import { auditActorOf, recordAudit } from "@/lib/audit/record-audit";
import type { Db } from "@/lib/db/create-client";
import { AppError } from "@/lib/errors/app-error";
import { isCurrencyCode } from "@/lib/money/currencies";
import { notify } from "@/lib/notify/notify";
import { createOrderInTx } from "@/lib/orders/create-order-in-tx";
import { effectiveRfqStatus } from "./effective-rfq-status";
import { lockQuoteForBuyer } from "./lock-rfq";
import { priceForQuantity } from "./price-for-quantity";

/**
 * The buyer awards the RFQ to one quote, atomically: the order is created, the quote accepted,
 * every other open quote declined (their suppliers told), the RFQ closed. The RFQ row is
 * locked first, so of two racing accepts (double click, two colleagues, two tabs) exactly one
 * wins and the other gets CONFLICT; the unique index on Order.quoteId backs that up.
 */
export async function acceptQuote(client: Db, actor: Actor, quoteId: string, context: { ip?: string; now?: Date } = {}) {
  const now = context.now ?? new Date();
  return client.$transaction(async (tx) => {
    const { rfq, quote, latest } = await lockQuoteForBuyer(tx, actor, quoteId);
    if (rfq.status === "AWARDED") throw new AppError("CONFLICT", "RFQ already awarded", { messageKey: "deal.rfq_already_awarded" });
    if (effectiveRfqStatus(rfq, now) !== "OPEN") throw new AppError("CONFLICT", "RFQ is not open", { messageKey: "deal.rfq_not_open" });
    if (quote.status !== "OFFERED" || latest.kind !== "OFFER" || latest.validUntil.getTime() <= now.getTime() || !isCurrencyCode(latest.currency)) {
      throw new AppError("CONFLICT", "Quote cannot be accepted", { messageKey: "deal.quote_not_acceptable" });
    }
    const order = await createOrderInTx(
      tx,
      {
        buyer: rfq.buyer,
        supplierId: quote.supplierId,
        quoteId: quote.id,
        rfqId: rfq.id,
        listingId: rfq.listingId ?? undefined,
        currency: latest.currency,
        line: { description: rfq.title, listingId: rfq.listingId ?? undefined, quantity: latest.quantity, unit: rfq.unit, unitPriceMinor: priceForQuantity(latest.unitPriceMinor, latest.currency, latest.quantityBreaks, latest.quantity) },
        incoterm: latest.incoterm,
        namedPlace: latest.namedPlace,
        paymentTerms: latest.paymentTerms,
        deliveryDate: rfq.requiredBy,
      },
      auditActorOf(actor),
      now,
    );
    await tx.quote.update({ where: { id: quote.id }, data: { status: "ACCEPTED" }, select: { id: true } });
    const losers = await tx.quote.findMany({ where: { rfqId: rfq.id, id: { not: quote.id }, status: { in: ["OFFERED", "COUNTERED"] } }, select: { id: true, supplierId: true } });
    await tx.quote.updateMany({ where: { id: { in: losers.map((l) => l.id) } }, data: { status: "DECLINED" } });
    await tx.rfq.update({ where: { id: rfq.id }, data: { status: "AWARDED", closedAt: now }, select: { id: true } });
    await recordAudit(tx, {
      actor: auditActorOf(actor),
      action: "quote.accepted",
      targetType: "Quote",
      targetId: quote.id,
      organizationId: rfq.buyerId,
      data: { rfq: rfq.number, revision: latest.number, order: order.number, declined: losers.length },
      ip: context.ip,
    });
    await notify(tx, { type: "quote.accepted", data: { rfqNumber: rfq.number, title: rfq.title, orderNumber: order.number }, link: `/orders/${order.id}`, to: { organizationId: quote.supplierId } });
    for (const loser of losers) {
      await notify(tx, { type: "quote.declined", data: { rfqNumber: rfq.number, title: rfq.title }, link: `/rfqs/${rfq.id}`, to: { organizationId: loser.supplierId } });
    }
    return { order: { id: order.id, number: order.number, status: "PENDING_SUPPLIER_CONFIRMATION" as const, totalMinor: order.totalMinor, currency: latest.currency } };
  });
}
