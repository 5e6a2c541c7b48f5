import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/permissions";
import { auditActorOf, recordAudit } from "@/lib/audit/record-audit";
import type { Db } from "@/lib/db/create-client";
import { Prisma } from "@/lib/db/generated/client.ts";
import { AppError } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/errors/validation";
import { isUuid } from "@/lib/ids/is-uuid";
import { postLedgerTransaction } from "@/lib/ledger/post-ledger-transaction";
import { percentOf } from "@/lib/money/allocate";
import { currencyCodes, toCurrencyCode, type CurrencyCode } from "@/lib/money/currencies";
import { convertMinor } from "@/lib/money/fx/convert-minor";
import { findRate } from "@/lib/money/fx/find-rate";
import { toRateSnapshot, type RateSnapshot } from "@/lib/money/fx/rate-snapshot";
import { notify } from "@/lib/notify/notify";
import { commissionBpsFor } from "./commission-rate";
import { commissionLines, payoutLines } from "./settlement-postings";

/** Payout currency (CNY unless chosen) and the outgoing transfer's reference. */
export const payoutInputSchema = z.object({
  currency: z.enum(currencyCodes as [CurrencyCode, ...CurrencyCode[]], { error: "currency_not_allowed" }).default("CNY"),
  bankReference: z.string().trim().max(64, { error: "too_long" }).optional(),
});

const releasable = new Set(["DELIVERED", "COMPLETED"]);

/**
 * Releases the supplier's payout once delivery is confirmed and every invoice is paid: the
 * order's escrow is split into commission (the category's rate, stored) and the supplier's
 * share, which is paid out in the chosen currency (CNY by default) at today's rate, snapshot
 * stored. One payout per order — the order row lock and the unique index make two releases
 * at once pay once; the second gets CONFLICT.
 */
export async function releasePayout(client: Db, actor: Actor, orderId: string, rawInput: unknown, context: { ip?: string } = {}): Promise<{ id: string; amountMinor: bigint; currency: CurrencyCode }> {
  authorize(actor, "settlement:manage");
  const input = parseInput(payoutInputSchema, rawInput ?? {});
  if (!isUuid(orderId)) throw new AppError("NOT_FOUND", "Order not found");
  try {
    return await client.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT id FROM "Order" WHERE id = ${orderId}::uuid FOR UPDATE`;
      const order = await tx.order.findUnique({
        where: { id: orderId },
        include: { payout: { select: { id: true } }, dispute: { select: { status: true, refundMinor: true } }, invoices: { where: { status: { not: "VOID" } } }, rfq: { select: { categoryId: true } }, lines: { select: { listingId: true }, take: 1 } },
      });
      if (!order) throw new AppError("NOT_FOUND", "Order not found");
      if (order.payout) throw new AppError("CONFLICT", "Payout already released", { messageKey: "settlement:errors.payout_exists" });
      if (order.heldAt) throw new AppError("CONFLICT", "The order is on hold", { messageKey: "disputes:errors.order_on_hold" });
      if (order.dispute && order.dispute.status !== "DECIDED") throw new AppError("CONFLICT", "A dispute is open", { messageKey: "disputes:errors.dispute_open" });
      if (!releasable.has(order.status)) throw new AppError("CONFLICT", "Delivery is not confirmed", { messageKey: "settlement:errors.payout_not_delivered" });
      if (!order.invoices.length || order.invoices.some((invoice) => invoice.status !== "PAID")) throw new AppError("CONFLICT", "Invoices are not paid", { messageKey: "settlement:errors.payout_unpaid" });
      const orderCurrency = toCurrencyCode(order.currency);
      // The order value less what a dispute decision refunded to the buyer.
      const gross = order.invoices.reduce((sum, invoice) => sum + invoice.orderAmountMinor, 0n) - (order.dispute?.refundMinor ?? 0n);

      const listingId = order.listingId ?? order.lines[0]?.listingId ?? null;
      const categoryId = order.rfq?.categoryId ?? (listingId ? (await tx.listing.findUnique({ where: { id: listingId }, select: { categoryId: true } }))?.categoryId ?? null : null);
      const commissionBps = await commissionBpsFor(tx, categoryId);
      const commissionMinor = percentOf(gross, commissionBps);
      const netMinor = gross - commissionMinor;

      let snapshot: RateSnapshot | null = null;
      let amountMinor = netMinor;
      if (input.currency !== orderCurrency) {
        const rate = await findRate(tx, orderCurrency, input.currency);
        if (!rate) throw new AppError("CONFLICT", "No FX rate", { messageKey: "settlement:errors.no_rate", fields: { currency: "settlement:errors.no_rate" } });
        snapshot = toRateSnapshot(rate);
        amountMinor = convertMinor(netMinor, orderCurrency, input.currency, rate.rate);
      }

      const payout = await tx.payout.create({
        data: { orderId: order.id, supplierId: order.supplierId, orderCurrency, grossMinor: gross, commissionBps, commissionMinor, currency: input.currency, amountMinor, fxSnapshot: (snapshot ?? undefined) as Prisma.InputJsonValue | undefined, bankReference: input.bankReference || null, releasedById: actor.userId },
        select: { id: true },
      });
      const memo = { orderNumber: order.number, commissionBps };
      await postLedgerTransaction(tx, {
        kind: "COMMISSION",
        idempotencyKey: `commission:${order.id}`,
        orderId: order.id,
        payoutId: payout.id,
        memo,
        createdById: actor.userId,
        lines: commissionLines(order.supplierId, { minor: gross, currency: orderCurrency }, commissionMinor),
      });
      await postLedgerTransaction(tx, {
        kind: "PAYOUT",
        idempotencyKey: `payout:${payout.id}`,
        orderId: order.id,
        payoutId: payout.id,
        fxSnapshot: snapshot,
        memo: { orderNumber: order.number, ...(input.bankReference ? { bankReference: input.bankReference } : {}) },
        createdById: actor.userId,
        lines: payoutLines(order.supplierId, { minor: netMinor, currency: orderCurrency }, { minor: amountMinor, currency: input.currency }),
      });
      await recordAudit(tx, {
        actor: auditActorOf(actor),
        action: "payout.released",
        targetType: "Order",
        targetId: order.id,
        organizationId: order.supplierId,
        data: { number: order.number, gross: gross.toString(), commissionBps, amount: amountMinor.toString(), currency: input.currency },
        ip: context.ip,
      });
      await notify(tx, {
        type: "settlement.payout_released",
        data: { orderNumber: order.number, amountMinor: amountMinor.toString(), currency: input.currency },
        link: `/orders/${order.id}/settlement`,
        to: { organizationId: order.supplierId },
      });
      return { id: payout.id, amountMinor, currency: input.currency };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new AppError("CONFLICT", "Payout already released", { messageKey: "settlement:errors.payout_exists" });
    throw error;
  }
}
