import type { Db } from "@/lib/db/create-client";
import { isCurrencyCode } from "@/lib/money/currencies";
import type { FinderContext, MonitoringFlag } from "./flag-types";
import type { MonitoringConfig } from "./monitoring-config";
import { isAboveThreshold, isNewSupplier } from "./rules";

const dayMs = 86_400_000;

/**
 * Orders placed in the window with a supplier new on the platform, above the USD threshold.
 * "First verified" is the earliest approved verification request, because a renewal moves
 * `Organization.verifiedAt` forward and would make every long-standing supplier new again;
 * suppliers verified without a request (imports) fall back to `verifiedAt`.
 */
export async function findNewSupplierOrders(client: Db, config: MonitoringConfig, context: FinderContext): Promise<MonitoringFlag[]> {
  const newSince = new Date(context.now.getTime() - config.newSupplierDays * dayMs);
  const orders = await client.order.findMany({
    where: {
      createdAt: { gte: context.since },
      status: { not: "CANCELLED" },
      // A prefilter only: the first approval is never later than verifiedAt.
      supplier: { OR: [{ createdAt: { gte: newSince } }, { verifiedAt: { gte: newSince } }] },
    },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      number: true,
      status: true,
      heldAt: true,
      createdAt: true,
      currency: true,
      totalMinor: true,
      buyer: { select: { id: true, name: true, type: true } },
      supplier: {
        select: {
          id: true,
          name: true,
          type: true,
          createdAt: true,
          verifiedAt: true,
          verificationRequests: { where: { status: "APPROVED" }, orderBy: { decidedAt: "asc" }, take: 1, select: { decidedAt: true } },
        },
      },
    },
  });
  const flags: MonitoringFlag[] = [];
  for (const order of orders) {
    const { verificationRequests, verifiedAt, createdAt: supplierCreatedAt, ...supplier } = order.supplier;
    const firstVerifiedAt = verificationRequests[0]?.decidedAt ?? verifiedAt;
    if (!isNewSupplier({ createdAt: supplierCreatedAt, firstVerifiedAt }, context.now, config.newSupplierDays)) continue;
    if (!isCurrencyCode(order.currency)) continue;
    const totalUsd = await context.toUsd(order.totalMinor, order.currency);
    if (totalUsd === null || !isAboveThreshold(totalUsd, config.newSupplierOrderUsdMinor)) continue;
    flags.push({
      key: `new_supplier:${order.id}`,
      rule: "new_supplier",
      subject: { kind: "order", id: order.id, number: order.number, status: order.status, heldAt: order.heldAt },
      at: order.createdAt,
      buyer: order.buyer,
      supplier,
      evidence: {
        rule: "new_supplier",
        total: { minor: order.totalMinor, currency: order.currency },
        totalUsd: { minor: totalUsd, currency: "USD" },
        thresholdUsd: { minor: config.newSupplierOrderUsdMinor, currency: "USD" },
        supplierCreatedAt,
        firstVerifiedAt,
        newSupplierDays: config.newSupplierDays,
      },
    });
  }
  return flags;
}
