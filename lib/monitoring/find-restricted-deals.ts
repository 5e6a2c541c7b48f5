import type { Db } from "@/lib/db/create-client";
import type { FinderContext, MonitoringFlag } from "./flag-types";
import type { MonitoringConfig } from "./monitoring-config";
import { isEmptyList, matchDestination, matchParty, type RestrictedMatch } from "./restricted-list";

const party = { select: { id: true, name: true, legalName: true, country: true, type: true } } as const;

type Party = { id: string; name: string; legalName: string; country: string; type: "BUYER" | "SUPPLIER" | "HUB" };
const brief = ({ id, name, type }: Party) => ({ id, name, type });

/**
 * RFQs, quotes and orders of the window that touch the restricted lists: an RFQ's destination
 * or buyer, a quoting supplier, an order's destination (its RFQ's, else its named place) or
 * either party. Names are matched in any script with legal forms ignored (party-names.ts).
 */
export async function findRestrictedDeals(client: Db, config: MonitoringConfig, context: FinderContext): Promise<MonitoringFlag[]> {
  const { restrictedDestinations: places, restrictedParties: parties } = config;
  if (isEmptyList(places) && isEmptyList(parties)) return [];
  const [rfqs, quotes, orders] = await Promise.all([
    client.rfq.findMany({
      where: { createdAt: { gte: context.since }, status: { not: "DRAFT" } },
      select: { id: true, number: true, createdAt: true, destinationCountry: true, destinationCity: true, buyer: party },
    }),
    isEmptyList(parties)
      ? Promise.resolve([])
      : client.quote.findMany({ where: { createdAt: { gte: context.since } }, select: { id: true, rfqId: true, createdAt: true, supplier: party, rfq: { select: { number: true, buyer: party } } } }),
    client.order.findMany({
      where: { createdAt: { gte: context.since }, status: { not: "CANCELLED" } },
      select: { id: true, number: true, status: true, heldAt: true, createdAt: true, namedPlace: true, rfq: { select: { destinationCountry: true, destinationCity: true } }, buyer: party, supplier: party },
    }),
  ]);

  const flags: MonitoringFlag[] = [];
  const add = (flag: Omit<MonitoringFlag, "rule" | "evidence">, matches: RestrictedMatch[]) => {
    if (matches.length) flags.push({ ...flag, rule: "restricted", evidence: { rule: "restricted", matches } });
  };
  for (const rfq of rfqs) {
    add(
      { key: `restricted:rfq:${rfq.id}`, subject: { kind: "rfq", id: rfq.id, number: rfq.number }, at: rfq.createdAt, buyer: brief(rfq.buyer), supplier: null },
      [...matchDestination(places, { country: rfq.destinationCountry, city: rfq.destinationCity }), ...matchParty(parties, "buyer", rfq.buyer)],
    );
  }
  for (const quote of quotes) {
    add(
      { key: `restricted:quote:${quote.id}`, subject: { kind: "quote", id: quote.id, rfqId: quote.rfqId, rfqNumber: quote.rfq.number }, at: quote.createdAt, buyer: brief(quote.rfq.buyer), supplier: brief(quote.supplier) },
      matchParty(parties, "supplier", quote.supplier),
    );
  }
  for (const order of orders) {
    const destination = order.rfq ? { country: order.rfq.destinationCountry, city: order.rfq.destinationCity } : { country: null, city: order.namedPlace };
    add(
      {
        key: `restricted:order:${order.id}`,
        subject: { kind: "order", id: order.id, number: order.number, status: order.status, heldAt: order.heldAt },
        at: order.createdAt,
        buyer: brief(order.buyer),
        supplier: brief(order.supplier),
      },
      [...matchDestination(places, destination), ...matchParty(parties, "buyer", order.buyer), ...matchParty(parties, "supplier", order.supplier)],
    );
  }
  return flags.sort((a, b) => b.at.getTime() - a.at.getTime());
}
