import { loadActor } from "@/lib/auth/load-actor";
import type { Db } from "@/lib/db/create-client";
import { minorToDecimal } from "@/lib/money/decimal";
import { isCurrencyCode } from "@/lib/money/currencies";
import { createDirectOrder } from "@/lib/orders/create-direct-order";
import { transitionOrder } from "@/lib/orders/transition-order";
import { recordBankTransfer } from "@/lib/settlement/record-bank-transfer";
import { releasePayout } from "@/lib/settlement/release-payout";

async function actorByEmail(client: Db, email: string) {
  const user = await client.user.findUnique({ where: { email }, select: { id: true } });
  return user ? loadActor(client, user.id, "session") : null;
}

/**
 * Demo only: one order settled end to end through the same services as the UI — the Tashkent
 * buyer's order from Wuxi, invoiced in sum, paid by bank transfer, shipped, delivered and paid
 * out in yuan — so the settlement page, statements and the finance dashboard have a history
 * to show. Returns the number of orders settled (0 when the accounts or a listing are missing).
 */
export async function seedDemoSettlement(client: Db, now = new Date()): Promise<number> {
  const [buyer, supplier, finance] = await Promise.all([actorByEmail(client, "buyer.tashkent@example.com"), actorByEmail(client, "supplier.wuxi@example.com"), actorByEmail(client, "finance@example.com")]);
  if (!buyer || !supplier || !finance) return 0;
  const listing = await client.listing.findFirst({ where: { supplierId: supplier.organization.id, status: "PUBLISHED" }, orderBy: { sku: "asc" }, select: { id: true, moq: true, incoterms: true } });
  if (!listing) return 0;
  const incoterm = (listing.incoterms as { term: string }[])[0]?.term ?? "EXW";
  const order = await createDirectOrder(client, buyer, { listingId: listing.id, quantity: listing.moq * 3, incoterm }, { now });
  await transitionOrder(client, supplier, order.id, { to: "CONFIRMED" });
  await transitionOrder(client, supplier, order.id, { to: "AWAITING_PAYMENT" });
  const today = now.toISOString().slice(0, 10);
  for (const invoice of await client.invoice.findMany({ where: { orderId: order.id }, orderBy: { number: "asc" } })) {
    if (!isCurrencyCode(invoice.currency)) continue;
    await recordBankTransfer(client, finance, { paymentReference: `To'lov ${invoice.paymentReference}`, amount: { amount: minorToDecimal(invoice.amountMinor, invoice.currency), currency: invoice.currency }, bankReference: `DEMO-NBU-${invoice.number}`, valueDate: today, payerName: "Toshkent Savdo MChJ" });
  }
  await transitionOrder(client, supplier, order.id, { to: "IN_PRODUCTION" });
  await transitionOrder(client, supplier, order.id, { to: "SHIPPED", shipment: { carrier: "UTY Rail", trackingNumber: "UTY-DEMO-0001", route: "Khorgos – Tashkent rail" } });
  await transitionOrder(client, buyer, order.id, { to: "DELIVERED" });
  await releasePayout(client, finance, order.id, { currency: "CNY", bankReference: "DEMO-OUT-0001" });
  return 1;
}
