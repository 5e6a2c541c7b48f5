import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/create-client";
import { toCurrencyCode } from "@/lib/money/currencies";
import { refundableMinor } from "./refund-payment";

/**
 * Hub finance's payment desk: transfers waiting to be placed (oldest first, with how much
 * may still be returned) and the latest payments of any kind with their invoice and order.
 */
export async function listPaymentDesk(client: Db, actor: Actor, options: { recent?: number } = {}) {
  authorize(actor, "settlement:manage");
  const [unmatched, recent] = await Promise.all([
    client.payment.findMany({ where: { status: "UNMATCHED" }, orderBy: { createdAt: "asc" }, take: 100 }),
    client.payment.findMany({
      orderBy: { createdAt: "desc" },
      take: options.recent ?? 20,
      include: { invoice: { select: { number: true, order: { select: { id: true, number: true, buyer: { select: { name: true } } } } } } },
    }),
  ]);
  const refundable = await client.$transaction(async (tx) => Promise.all(recent.map((payment) => refundableMinor(tx, payment))));
  return {
    unmatched: unmatched.map((payment) => ({ ...payment, currency: toCurrencyCode(payment.currency), refundableMinor: payment.amountMinor - payment.refundedMinor })),
    recent: recent.map((payment, index) => ({ ...payment, currency: toCurrencyCode(payment.currency), refundableMinor: refundable[index]! })),
  };
}

export type PaymentDesk = Awaited<ReturnType<typeof listPaymentDesk>>;
