import { readFileSync } from "node:fs";
import type { Actor } from "@/lib/auth/actor";
import { loadActor } from "@/lib/auth/load-actor";
import type { Db } from "@/lib/db/create-client";
import { transitionOrder } from "@/lib/orders/transition-order";
import { acceptQuote } from "@/lib/rfq/accept-quote";
import { createRfq } from "@/lib/rfq/create-rfq";
import { submitQuote } from "@/lib/rfq/submit-quote";
import { defaultTaxonomyFile } from "@/lib/seed/taxonomy-file";
import { importTaxonomy } from "@/lib/taxonomy/import-taxonomy";
import { createActor } from "./factories";

const day = 24 * 3600 * 1000;

/** Taxonomy and the FX rates settlement tests convert with (KZT and CNY through USD). */
export async function seedSettlementBasics(db: Db): Promise<void> {
  await importTaxonomy(db, JSON.parse(readFileSync(defaultTaxonomyFile(), "utf8")), { actor: null });
  const effectiveAt = new Date(Date.now() - 3600_000);
  await db.fxRate.createMany({
    data: [
      { base: "USD", quote: "KZT", rate: "489.15", source: "test", effectiveAt },
      { base: "USD", quote: "CNY", rate: "7.12", source: "test", effectiveAt },
      { base: "USD", quote: "UZS", rate: "12650", source: "test", effectiveAt },
    ],
    skipDuplicates: true,
  });
}

let counter = 0;

export type SettlementFixture = { buyer: Actor; supplier: Actor; finance: Actor; order: { id: string; number: string } };

/**
 * A KZ buyer's order from a verified CN supplier (1,000 panels at 600.00 CNY), awarded through
 * an RFQ, confirmed and waiting for payment — so its invoices are issued in KZT.
 */
export async function orderAwaitingPayment(db: Db, options: { paymentTerms?: string; unitPrice?: string; quantity?: number } = {}): Promise<SettlementFixture> {
  counter += 1;
  const buyer = await createActor(db, { type: "BUYER" });
  const created = await createActor(db, { type: "SUPPLIER" });
  await db.organization.update({ where: { id: created.organization.id }, data: { verificationStatus: "VERIFIED", verifiedAt: new Date() } });
  const supplier = (await loadActor(db, created.userId, "session"))!;
  const finance = await createActor(db, { type: "HUB", roles: ["finance"] });
  const rfq = await createRfq(db, buyer, {
    title: `Panels ${counter}`, description: "450 W", categorySlug: "solar-panel", quantity: options.quantity ?? 1000, unit: "pc", incoterm: "DAP", namedPlace: "Almaty",
    destination: { country: "KZ", city: "Almaty" }, requiredBy: new Date(Date.now() + 60 * day).toISOString().slice(0, 10), expiresAt: new Date(Date.now() + 7 * day).toISOString(),
    visibility: "INVITED", invitedSupplierIds: [supplier.organization.id],
  });
  const quote = await submitQuote(db, supplier, rfq.id, {
    unitPrice: { amount: options.unitPrice ?? "600.00", currency: "CNY" }, quantity: options.quantity ?? 1000, leadTimeDays: 20, incoterm: "DAP", namedPlace: "Almaty",
    validUntil: new Date(Date.now() + 5 * day).toISOString(), ...(options.paymentTerms ? { paymentTerms: options.paymentTerms } : {}),
  });
  const { order } = await acceptQuote(db, buyer, quote.id);
  await transitionOrder(db, supplier, order.id, { to: "CONFIRMED" });
  await transitionOrder(db, supplier, order.id, { to: "AWAITING_PAYMENT" });
  return { buyer, supplier, finance, order: { id: order.id, number: order.number } };
}
