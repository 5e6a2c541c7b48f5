import type { Db } from "@/lib/db/create-client";
import type { FinderContext, FlagParty, MonitoringFlag } from "./flag-types";
import type { MonitoringConfig } from "./monitoring-config";
import { hasRepeatedCancellations } from "./rules";

const dayMs = 86_400_000;

type Cancelled = { id: string; number: string; cancelledAt: Date };

/**
 * Buyers and suppliers with at least the threshold of cancelled orders in the cancellation
 * window (whoever cancelled them), raised when the latest one falls in the page's window.
 * The cancellation time is the order's CANCELLED timeline event, not its last update.
 */
export async function findRepeatedCancellations(client: Db, config: MonitoringConfig, context: FinderContext): Promise<MonitoringFlag[]> {
  const cancelSince = new Date(context.now.getTime() - config.cancellationDays * dayMs);
  const events = await client.orderEvent.findMany({
    where: { toStatus: "CANCELLED", createdAt: { gte: cancelSince } },
    orderBy: { createdAt: "desc" },
    select: {
      createdAt: true,
      order: { select: { id: true, number: true, buyer: { select: { id: true, name: true, type: true } }, supplier: { select: { id: true, name: true, type: true } } } },
    },
  });
  const byParty = new Map<string, { role: "buyer" | "supplier"; party: FlagParty; orders: Map<string, Cancelled> }>();
  for (const event of events) {
    for (const role of ["buyer", "supplier"] as const) {
      const party = event.order[role];
      const entry = byParty.get(`${role}:${party.id}`) ?? { role, party, orders: new Map<string, Cancelled>() };
      if (!entry.orders.has(event.order.id)) entry.orders.set(event.order.id, { id: event.order.id, number: event.order.number, cancelledAt: event.createdAt });
      byParty.set(`${role}:${party.id}`, entry);
    }
  }
  const flags: MonitoringFlag[] = [];
  for (const { role, party, orders } of byParty.values()) {
    const list = [...orders.values()].sort((a, b) => b.cancelledAt.getTime() - a.cancelledAt.getTime());
    const latest = list[0];
    if (!latest || !hasRepeatedCancellations(list.length, config.cancellationThreshold) || latest.cancelledAt < context.since) continue;
    flags.push({
      key: `repeated_cancellations:${role}:${party.id}`,
      rule: "repeated_cancellations",
      subject: { kind: "organization", id: party.id, name: party.name, type: party.type },
      at: latest.cancelledAt,
      buyer: role === "buyer" ? party : null,
      supplier: role === "supplier" ? party : null,
      evidence: { rule: "repeated_cancellations", role, count: list.length, threshold: config.cancellationThreshold, days: config.cancellationDays, orders: list },
    });
  }
  return flags.sort((a, b) => b.at.getTime() - a.at.getTime());
}
