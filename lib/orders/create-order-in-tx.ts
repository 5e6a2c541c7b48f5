import type { AuditActor } from "@/lib/audit/record-audit";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Tx } from "@/lib/db/create-client";
import type { Prisma } from "@/lib/db/generated/client.ts";
import { isCurrencyCode } from "@/lib/money/currencies";
import { convertMinor } from "@/lib/money/fx/convert-minor";
import { findRate } from "@/lib/money/fx/find-rate";
import { toRateSnapshot } from "@/lib/money/fx/rate-snapshot";
import { localCurrency } from "@/lib/money/local-currency";
import { notify } from "@/lib/notify/notify";
import { nextReference } from "@/lib/references/next-reference";

export type NewOrder = {
  buyer: { id: string; name: string; country: string };
  supplierId: string;
  quoteId?: string;
  rfqId?: string;
  listingId?: string;
  currency: string;
  line: { description: string; listingId?: string; quantity: number; unit: string; unitPriceMinor: bigint };
  incoterm: string;
  namedPlace: string;
  paymentTerms: string | null;
  deliveryDate: Date | null;
};

/**
 * Writes an order with its line, its first timeline event, the audit event and the supplier's
 * notification, inside the caller's transaction (an award or a direct order). The total is
 * also stored in the buyer's own currency with the FX snapshot it was converted at, when a
 * rate exists — so the figure the buyer saw can be reproduced later.
 */
export async function createOrderInTx(tx: Tx, order: NewOrder, actor: AuditActor & { userId: string }, now: Date): Promise<{ id: string; number: string; totalMinor: bigint }> {
  const totalMinor = order.line.unitPriceMinor * BigInt(order.line.quantity);
  const buyerCurrency = localCurrency(order.buyer.country);
  let buyerTotal: { buyerCurrency: string; buyerTotalMinor: bigint; fxSnapshot: Prisma.InputJsonValue } | Record<string, never> = {};
  if (isCurrencyCode(order.currency) && buyerCurrency !== order.currency) {
    const rate = await findRate(tx, order.currency, buyerCurrency, now);
    if (rate) {
      buyerTotal = { buyerCurrency, buyerTotalMinor: convertMinor(totalMinor, order.currency, buyerCurrency, rate.rate), fxSnapshot: toRateSnapshot(rate) as Prisma.InputJsonValue };
    }
  }
  const number = await nextReference(tx, "ORD", now);
  const created = await tx.order.create({
    data: {
      number,
      buyerId: order.buyer.id,
      supplierId: order.supplierId,
      quoteId: order.quoteId ?? null,
      rfqId: order.rfqId ?? null,
      listingId: order.listingId ?? null,
      currency: order.currency,
      totalMinor,
      ...buyerTotal,
      incoterm: order.incoterm,
      namedPlace: order.namedPlace,
      paymentTerms: order.paymentTerms,
      deliveryDate: order.deliveryDate,
      lines: { create: [{ position: 1, description: order.line.description, listingId: order.line.listingId ?? null, quantity: order.line.quantity, unit: order.line.unit, unitPriceMinor: order.line.unitPriceMinor, totalMinor }] },
      events: { create: [{ type: "created", toStatus: "PENDING_SUPPLIER_CONFIRMATION", actorUserId: actor.userId, actorOrgId: actor.organizationId, data: { quoteId: order.quoteId ?? null, listingId: order.listingId ?? null } }] },
    },
    select: { id: true, number: true, totalMinor: true },
  });
  await recordAudit(tx, {
    actor,
    action: "order.created",
    targetType: "Order",
    targetId: created.id,
    organizationId: order.buyer.id,
    data: { number, supplierId: order.supplierId, currency: order.currency, totalMinor: totalMinor.toString() },
  });
  await notify(tx, { type: "order.created", data: { orderNumber: number, buyerName: order.buyer.name }, link: `/orders/${created.id}`, to: { organizationId: order.supplierId } });
  return created;
}
