import type { Db } from "@/lib/db/create-client";
import { isCurrencyCode, type CurrencyCode } from "@/lib/money/currencies";
import type { FinderContext, FlagParty, FlagSubject, MonitoringFlag } from "./flag-types";
import type { MonitoringConfig } from "./monitoring-config";
import { medianMinor, percentOfMedian, priceDeviation } from "./rules";

type Candidate = {
  key: string;
  subject: FlagSubject;
  at: Date;
  buyer: FlagParty;
  supplier: FlagParty;
  line: string | null;
  categoryId: string;
  unitPriceMinor: bigint;
  currency: string;
};

type CategoryMedian = { medianUsd: bigint; listings: number; names: unknown };

/**
 * Each category's median published listing price in US dollars, from each listing's first
 * (MOQ) tier — the price a buyer sees first. Units are not compared: a category's listings
 * share its unit in practice, and a flag is a prompt to look, not a verdict.
 */
async function categoryMedians(client: Db, categoryIds: string[], minimum: number, toUsd: FinderContext["toUsd"]): Promise<Map<string, CategoryMedian>> {
  const [listings, categories] = await Promise.all([
    client.listing.findMany({
      where: { status: "PUBLISHED", categoryId: { in: categoryIds } },
      select: { categoryId: true, currency: true, priceTiers: { orderBy: { minQty: "asc" }, take: 1, select: { unitPriceMinor: true } } },
    }),
    client.category.findMany({ where: { id: { in: categoryIds } }, select: { id: true, names: true } }),
  ]);
  const prices = new Map<string, bigint[]>();
  for (const listing of listings) {
    const tier = listing.priceTiers[0];
    if (!tier) continue;
    const usd = await toUsd(tier.unitPriceMinor, listing.currency);
    if (usd === null) continue;
    prices.set(listing.categoryId, [...(prices.get(listing.categoryId) ?? []), usd]);
  }
  const medians = new Map<string, CategoryMedian>();
  for (const category of categories) {
    const own = prices.get(category.id) ?? [];
    const median = medianMinor(own);
    if (own.length >= minimum && median !== null && median > 0n) medians.set(category.id, { medianUsd: median, listings: own.length, names: category.names });
  }
  return medians;
}

const party = { select: { id: true, name: true, type: true } } as const;

/** Order lines and quote offers of the window whose unit price is far from the category's median listing price. */
export async function findPriceOutliers(client: Db, config: MonitoringConfig, context: FinderContext): Promise<MonitoringFlag[]> {
  const [lines, offers] = await Promise.all([
    client.orderLine.findMany({
      where: { order: { createdAt: { gte: context.since }, status: { not: "CANCELLED" } } },
      select: {
        id: true,
        description: true,
        unitPriceMinor: true,
        listingId: true,
        order: { select: { id: true, number: true, status: true, heldAt: true, createdAt: true, currency: true, listingId: true, rfq: { select: { categoryId: true } }, buyer: party, supplier: party } },
      },
    }),
    client.quoteRevision.findMany({
      where: { kind: "OFFER", createdAt: { gte: context.since } },
      orderBy: [{ quoteId: "asc" }, { number: "desc" }],
      select: { id: true, quoteId: true, unitPriceMinor: true, currency: true, createdAt: true, quote: { select: { rfqId: true, order: { select: { id: true } }, supplier: party, rfq: { select: { number: true, categoryId: true, buyer: party } } } } },
    }),
  ]);
  const listingIds = [...new Set(lines.flatMap((line) => [line.listingId, line.order.listingId]).filter((id): id is string => Boolean(id)))];
  const listingCategory = new Map((await client.listing.findMany({ where: { id: { in: listingIds } }, select: { id: true, categoryId: true } })).map((listing) => [listing.id, listing.categoryId]));

  const candidates: Candidate[] = [];
  for (const line of lines) {
    const { order } = line;
    const categoryId = (line.listingId && listingCategory.get(line.listingId)) || order.rfq?.categoryId || (order.listingId && listingCategory.get(order.listingId));
    if (!categoryId) continue;
    candidates.push({
      key: `price_outlier:line:${line.id}`,
      subject: { kind: "order", id: order.id, number: order.number, status: order.status, heldAt: order.heldAt },
      at: order.createdAt,
      buyer: order.buyer,
      supplier: order.supplier,
      line: line.description,
      categoryId,
      unitPriceMinor: line.unitPriceMinor,
      currency: order.currency,
    });
  }
  const seenQuotes = new Set<string>();
  for (const offer of offers) {
    // The latest offer of each quote speaks for it; earlier revisions were superseded.
    if (seenQuotes.has(offer.quoteId)) continue;
    seenQuotes.add(offer.quoteId);
    // An accepted offer is flagged on its order's line instead.
    if (offer.quote.order) continue;
    candidates.push({
      key: `price_outlier:offer:${offer.id}`,
      subject: { kind: "quote", id: offer.quoteId, rfqId: offer.quote.rfqId, rfqNumber: offer.quote.rfq.number },
      at: offer.createdAt,
      buyer: offer.quote.rfq.buyer,
      supplier: offer.quote.supplier,
      line: null,
      categoryId: offer.quote.rfq.categoryId,
      unitPriceMinor: offer.unitPriceMinor,
      currency: offer.currency,
    });
  }
  if (!candidates.length) return [];

  const medians = await categoryMedians(client, [...new Set(candidates.map((candidate) => candidate.categoryId))], config.minListingsForMedian, context.toUsd);
  const flags: MonitoringFlag[] = [];
  for (const candidate of candidates) {
    const median = medians.get(candidate.categoryId);
    if (!median || !isCurrencyCode(candidate.currency)) continue;
    const priceUsd = await context.toUsd(candidate.unitPriceMinor, candidate.currency);
    if (priceUsd === null) continue;
    const direction = priceDeviation(priceUsd, median.medianUsd, config.priceLowPercent, config.priceHighPercent);
    if (!direction) continue;
    const currency: CurrencyCode = candidate.currency;
    flags.push({
      key: candidate.key,
      rule: "price_outlier",
      subject: candidate.subject,
      at: candidate.at,
      buyer: candidate.buyer,
      supplier: candidate.supplier,
      evidence: {
        rule: "price_outlier",
        line: candidate.line,
        direction,
        unitPrice: { minor: candidate.unitPriceMinor, currency },
        unitPriceUsd: { minor: priceUsd, currency: "USD" },
        medianUsd: { minor: median.medianUsd, currency: "USD" },
        listings: median.listings,
        percentOfMedian: percentOfMedian(priceUsd, median.medianUsd),
        lowPercent: config.priceLowPercent,
        highPercent: config.priceHighPercent,
        categoryNames: median.names,
      },
    });
  }
  return flags.sort((a, b) => b.at.getTime() - a.at.getTime());
}
