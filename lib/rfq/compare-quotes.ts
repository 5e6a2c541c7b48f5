import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/create-client";
import { AppError } from "@/lib/errors/app-error";
import { isUuid } from "@/lib/ids/is-uuid";
import { isCurrencyCode, type CurrencyCode } from "@/lib/money/currencies";
import { convertMinor } from "@/lib/money/fx/convert-minor";
import { findRate, type FoundRate } from "@/lib/money/fx/find-rate";
import { toRateSnapshot, type RateSnapshot } from "@/lib/money/fx/rate-snapshot";
import { localCurrency } from "@/lib/money/local-currency";
import { getSupplierTrustSignals, type SupplierTrustSignals } from "@/lib/trust/supplier-trust-signals";
import { priceForQuantity } from "./price-for-quantity";

export type ComparedQuote = {
  quoteId: string;
  status: string;
  revision: number;
  supplier: { id: string; name: string; city: string; verified: boolean; verifiedAt: Date | null; memberSince: Date };
  currency: string;
  quantity: number;
  unitPriceMinor: bigint;
  totalMinor: bigint;
  /** Null when no FX path exists between the quote's currency and the display currency. */
  converted: { unitPriceMinor: bigint; totalMinor: bigint; rateKey: string } | null;
  leadTimeDays: number;
  incoterm: string;
  namedPlace: string;
  paymentTerms: string | null;
  validUntil: Date;
  expired: boolean;
  awaitingSupplier: boolean;
  /** The supplier's track record (rating, response rate…) — page data, not part of the REST comparison. */
  trust: SupplierTrustSignals | null;
};

/**
 * The buyer's side-by-side view of the live quotes of one RFQ, each converted into the display
 * currency at the current rate. The rates used come back as snapshots with the rows (the view
 * data), so the same comparison can be recomputed and audited later with `convertWithSnapshot`.
 */
export async function compareQuotes(client: Db, actor: Actor, rfqId: string, options: { displayCurrency?: string; now?: Date } = {}) {
  authorize(actor, "rfq:buy", { organizationId: actor.organization.id });
  if (!isUuid(rfqId)) throw new AppError("NOT_FOUND", "RFQ not found");
  const now = options.now ?? new Date();
  const rfq = await client.rfq.findFirst({
    where: { id: rfqId, buyerId: actor.organization.id },
    include: {
      buyer: { select: { country: true } },
      quotes: {
        where: { status: { in: ["OFFERED", "COUNTERED", "ACCEPTED"] } },
        include: {
          supplier: { select: { id: true, name: true, city: true, verificationStatus: true, verifiedAt: true, createdAt: true } },
          revisions: { where: { kind: "OFFER" }, orderBy: { number: "desc" }, take: 1 },
        },
      },
    },
  });
  if (!rfq) throw new AppError("NOT_FOUND", "RFQ not found");
  const display: CurrencyCode = isCurrencyCode(options.displayCurrency) ? options.displayCurrency : localCurrency(rfq.buyer.country);
  const rates: Record<string, RateSnapshot> = {};
  const found = new Map<string, FoundRate | null>();
  const rows: ComparedQuote[] = [];
  const trust = await getSupplierTrustSignals(client, rfq.quotes.map((quote) => quote.supplierId), { now });
  for (const quote of rfq.quotes) {
    const offer = quote.revisions[0];
    if (!offer || !isCurrencyCode(offer.currency)) continue;
    const unitPriceMinor = priceForQuantity(offer.unitPriceMinor, offer.currency, offer.quantityBreaks, offer.quantity);
    const totalMinor = unitPriceMinor * BigInt(offer.quantity);
    const rateKey = `${offer.currency}/${display}`;
    if (!found.has(rateKey)) {
      const rate = await findRate(client, offer.currency, display, now);
      found.set(rateKey, rate);
      if (rate) rates[rateKey] = toRateSnapshot(rate);
    }
    const rate = found.get(rateKey) ?? null;
    rows.push({
      quoteId: quote.id,
      status: quote.status,
      revision: quote.revision,
      supplier: {
        id: quote.supplier.id,
        name: quote.supplier.name,
        city: quote.supplier.city,
        verified: quote.supplier.verificationStatus === "VERIFIED",
        verifiedAt: quote.supplier.verifiedAt,
        memberSince: quote.supplier.createdAt,
      },
      currency: offer.currency,
      quantity: offer.quantity,
      unitPriceMinor,
      totalMinor,
      converted: rate ? { unitPriceMinor: convertMinor(unitPriceMinor, offer.currency, display, rate.rate), totalMinor: convertMinor(totalMinor, offer.currency, display, rate.rate), rateKey } : null,
      leadTimeDays: offer.leadTimeDays,
      incoterm: offer.incoterm,
      namedPlace: offer.namedPlace,
      paymentTerms: offer.paymentTerms,
      validUntil: offer.validUntil,
      expired: offer.validUntil.getTime() <= now.getTime(),
      awaitingSupplier: quote.status === "COUNTERED",
      trust: trust.get(quote.supplier.id) ?? null,
    });
  }
  return { rfqId, displayCurrency: display, comparedAt: now, rates, quotes: rows };
}
