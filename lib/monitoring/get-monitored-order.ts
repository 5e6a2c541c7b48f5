import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/create-client";
import { AppError } from "@/lib/errors/app-error";
import { isUuid } from "@/lib/ids/is-uuid";
import { isCurrencyCode } from "@/lib/money/currencies";
import type { MonitoringFlag } from "./flag-types";
import { listMonitoringFlags } from "./list-monitoring-flags";
import { monitoringWindows } from "./monitoring-config";

/** The widest window, so every flag the list page can show is also shown on the order's page. */
export const monitoredOrderWindow = monitoringWindows[monitoringWindows.length - 1]!;

export type DocumentRequest = { at: Date; party: "buyer" | "supplier"; note: string };

function documentRequestOf(at: Date, data: unknown): DocumentRequest | null {
  const record = (data ?? {}) as { party?: unknown; note?: unknown };
  if ((record.party !== "buyer" && record.party !== "supplier") || typeof record.note !== "string") return null;
  return { at, party: record.party, note: record.note };
}

/**
 * One order as a moderator looks into it: its parties, money and hold, the flags raised on it
 * or on its buyer or supplier, and the documents already asked for (from the audit log, where
 * request-documents records them).
 */
export async function getMonitoredOrder(client: Db, actor: Actor, orderId: string, now = new Date()) {
  authorize(actor, "disputes:decide");
  if (!isUuid(orderId)) throw new AppError("NOT_FOUND", "Order not found");
  const order = await client.order.findUnique({
    where: { id: orderId },
    select: {
      id: true,
      number: true,
      status: true,
      currency: true,
      totalMinor: true,
      heldAt: true,
      holdReason: true,
      createdAt: true,
      buyer: { select: { id: true, name: true, country: true } },
      supplier: { select: { id: true, name: true, country: true } },
    },
  });
  if (!order || !isCurrencyCode(order.currency)) throw new AppError("NOT_FOUND", "Order not found");
  const [flags, requests] = await Promise.all([
    listMonitoringFlags(client, actor, { windowDays: monitoredOrderWindow, now }),
    client.auditEvent.findMany({
      where: { targetType: "Order", targetId: order.id, action: "order.documents_requested" },
      orderBy: { id: "desc" },
      take: 50,
      select: { occurredAt: true, data: true },
    }),
  ]);
  const parties = [order.buyer.id, order.supplier.id];
  const own: MonitoringFlag[] = flags.groups.flatMap((group) =>
    group.flags.filter((flag) => (flag.subject.kind === "order" && flag.subject.id === order.id) || (flag.subject.kind === "organization" && parties.includes(flag.subject.id))),
  );
  return {
    order: { ...order, currency: order.currency },
    flags: own,
    documentRequests: requests.map((event) => documentRequestOf(event.occurredAt, event.data)).filter((request): request is DocumentRequest => request !== null),
  };
}

export type MonitoredOrder = Awaited<ReturnType<typeof getMonitoredOrder>>;
