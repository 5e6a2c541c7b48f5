import type { Db } from "@/lib/db/create-client";
import { loadActor } from "@/lib/auth/load-actor";
import { createDirectOrder } from "@/lib/orders/create-direct-order";
import { transitionOrder } from "@/lib/orders/transition-order";
import { createRfq } from "@/lib/rfq/create-rfq";
import { submitQuote } from "@/lib/rfq/submit-quote";
import { seedDemoSettlement } from "./demo-settlement";

const day = 24 * 60 * 60 * 1000;

async function actorByEmail(client: Db, email: string) {
  const user = await client.user.findUnique({ where: { email }, select: { id: true } });
  return user ? loadActor(client, user.id, "session") : null;
}

/**
 * Demo only: a live RFQ from the Almaty buyer with a quote from Wuxi, and a confirmed direct
 * order from Suzhou, and a settled order from Tashkent (lib/seed/demo-settlement.ts) — so the
 * RFQ pages, the comparison, the order and settlement pages have something to show. Written through the same services as the UI; skipped when the buyer already has RFQs.
 */
export async function seedDemoDeals(client: Db, now = new Date()): Promise<{ rfqs: number; orders: number }> {
  const buyer = await actorByEmail(client, "buyer.almaty@example.com");
  const wuxi = await actorByEmail(client, "supplier.wuxi@example.com");
  const suzhou = await actorByEmail(client, "supplier.suzhou@example.com");
  if (!buyer || !wuxi || !suzhou || (await client.rfq.count({ where: { buyerId: buyer.organization.id } }))) return { rfqs: 0, orders: 0 };
  const rfq = await createRfq(
    client,
    buyer,
    {
      title: "Монокристаллические солнечные панели 550 Вт для СЭС 1 МВт",
      description: "Нужно 1 850 панелей 550 Вт (half-cut, двойное стекло) для наземной станции под Капчагаем. Доставка DAP Алматы, сертификат EAC обязателен. Просим указать гарантию и срок производства.",
      language: "ru",
      categorySlug: "solar-panel",
      quantity: 1850,
      unit: "pc",
      targetPrice: { amount: "52000.00", currency: "KZT" },
      incoterm: "DAP",
      namedPlace: "Almaty",
      destination: { country: "KZ", city: "Almaty" },
      requiredBy: new Date(now.getTime() + 75 * day).toISOString().slice(0, 10),
      expiresAt: new Date(now.getTime() + 21 * day).toISOString(),
      visibility: "INVITED",
      invitedSupplierIds: [wuxi.organization.id],
    },
    { now },
  );
  await submitQuote(
    client,
    wuxi,
    rfq.id,
    {
      unitPrice: { amount: "598.00", currency: "CNY" },
      quantity: 1850,
      quantityBreaks: [{ minQty: 3000, unitPrice: "585.00" }],
      leadTimeDays: 28,
      incoterm: "DAP",
      namedPlace: "Almaty",
      validUntil: new Date(now.getTime() + 14 * day).toISOString(),
      paymentTerms: "30% deposit, 70% before shipment",
      note: "EAC certificate included; delivery by rail via Khorgos, about 12 days after production.",
    },
    { now },
  );
  const listing = await client.listing.findFirst({ where: { supplierId: suzhou.organization.id, status: "PUBLISHED" }, orderBy: { sku: "asc" }, select: { id: true, moq: true, incoterms: true } });
  let orders = 0;
  if (listing) {
    const incoterm = (listing.incoterms as { term: string }[])[0]?.term ?? "EXW";
    const order = await createDirectOrder(client, buyer, { listingId: listing.id, quantity: listing.moq * 2, incoterm }, { now });
    await transitionOrder(client, suzhou, order.id, { to: "CONFIRMED" });
    orders = 1;
  }
  orders += await seedDemoSettlement(client, now);
  return { rfqs: 1, orders };
}
