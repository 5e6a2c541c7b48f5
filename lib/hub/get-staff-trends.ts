import type { Actor } from "@/lib/auth/actor";
import { authorize, can } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/create-client";
import { isCurrencyCode, type CurrencyCode } from "@/lib/money/currencies";
import { responseTimeSeries, verificationBacklogSeries } from "./staff-series";
import { lastWeeks, weekEnd } from "./weeks";

/** Orders whose money has come in (as on the finance dashboard): turnover counts them at order value. */
const pastPayment = ["PAID", "IN_PRODUCTION", "SHIPPED", "DELIVERED", "COMPLETED", "DISPUTED"];

export type GmvByCountryRow = { country: string; currency: CurrencyCode; minor: bigint; orders: number };

/**
 * Turnover of the last 12 months by order currency and buyer country. Amounts in different
 * currencies are never added up; the chart shows one currency at a time.
 */
async function gmvByCountry(client: Db, now: Date): Promise<GmvByCountryRow[]> {
  const since = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 11, 1));
  const rows = await client.$queryRaw<{ country: string; currency: string; total: bigint; orders: number }[]>`
    SELECT b.country, o.currency, SUM(o."totalMinor")::bigint AS total, COUNT(*)::int AS orders
    FROM "Order" o JOIN "Organization" b ON b.id = o."buyerId"
    WHERE o.status::text = ANY(${pastPayment}) AND o."createdAt" >= ${since}
    GROUP BY 1, 2 ORDER BY 2, 3 DESC, 1`;
  return rows.flatMap((row) => (isCurrencyCode(row.currency) ? [{ country: row.country, currency: row.currency, minor: row.total, orders: row.orders }] : []));
}

/** Each supplier's first offer on an RFQ (revision 1 is always the supplier's offer) with when the RFQ reached it. */
async function firstOffers(client: Db, from: Date, to: Date) {
  return client.$queryRaw<{ receivedAt: Date; offeredAt: Date }[]>`
    SELECT r."createdAt" AS "receivedAt", v."createdAt" AS "offeredAt"
    FROM "QuoteRevision" v
    JOIN "Quote" q ON q.id = v."quoteId"
    JOIN "RfqRecipient" r ON r."rfqId" = q."rfqId" AND r."supplierId" = q."supplierId"
    WHERE v.number = 1 AND v.kind = 'OFFER' AND v."createdAt" >= ${from} AND v."createdAt" < ${to}`;
}

/**
 * The staff dashboard's charts: turnover by currency and buyer country (staff who may read
 * settlement), the weekly median RFQ response time and the verification backlog, over the
 * last `weeks` weeks. Cross-tenant on purpose, behind the `page:hub` check.
 */
export async function getStaffTrends(client: Db, actor: Actor, options: { now?: Date; weeks?: number } = {}) {
  authorize(actor, "page:hub");
  const now = options.now ?? new Date();
  const weeks = lastWeeks(now, options.weeks ?? 12);
  const from = weeks[0]!;
  const to = weekEnd(weeks[weeks.length - 1]!);
  const [gmv, offers, requests] = await Promise.all([
    can(actor, "settlement:read_all") ? gmvByCountry(client, now) : Promise.resolve(null),
    firstOffers(client, from, to),
    // Anything decided before the first week plays no part in any of the weeks.
    client.verificationRequest.findMany({
      where: { submittedAt: { lt: to }, OR: [{ decidedAt: null }, { decidedAt: { gte: from } }] },
      select: { submittedAt: true, decidedAt: true },
    }),
  ]);
  return { gmv, responseTimes: responseTimeSeries(weeks, offers), backlog: verificationBacklogSeries(weeks, requests) };
}

export type StaffTrends = Awaited<ReturnType<typeof getStaffTrends>>;
