import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/create-client";
import { checkLedger } from "@/lib/ledger/check-ledger";
import { isCurrencyCode, type CurrencyCode } from "@/lib/money/currencies";
import { listLatestFxRates } from "@/lib/money/fx/list-latest-fx-rates";

/** Orders whose money has come in: the platform's turnover (GMV) counts them at order value. */
const pastPayment = ["PAID", "IN_PRODUCTION", "SHIPPED", "DELIVERED", "COMPLETED", "DISPUTED"];

type ByCurrency = { currency: CurrencyCode; minor: bigint }[];

function byCurrency(rows: { currency: string; total: bigint | null }[]): ByCurrency {
  return rows.flatMap((row) => (isCurrencyCode(row.currency) && row.total ? [{ currency: row.currency, minor: row.total }] : [])).sort((a, b) => a.currency.localeCompare(b.currency));
}

/**
 * The finance dashboard, all from the ledger and the orders: what buyers owe and hold as
 * credit, what is owed to suppliers and held in escrow, unmatched money, stale rates,
 * turnover per month and per buyer country (by order currency — amounts in different
 * currencies are never added up), payouts ready to release, and the ledger check.
 */
export async function getFinanceOverview(client: Db, actor: Actor, now = new Date()) {
  authorize(actor, "settlement:read_all");
  const balance = (kind: string, sign: "positive" | "negative") =>
    client.$queryRawUnsafe<{ currency: string; total: bigint | null }[]>(
      `SELECT currency, SUM(${sign === "negative" ? "-" : ""}"balanceMinor")::bigint AS total FROM "LedgerAccount" WHERE kind = $1::"LedgerAccountKind" AND "balanceMinor" ${sign === "negative" ? "<" : ">"} 0 GROUP BY currency`,
      kind,
    );
  const since = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 11, 1));
  const [receivables, buyerCredit, payables, escrow, unmatched, latest, byMonth, byCountry, ready, ledger] = await Promise.all([
    balance("BUYER_RECEIVABLE", "positive"),
    balance("BUYER_RECEIVABLE", "negative"),
    balance("SUPPLIER_PAYABLE", "negative"),
    balance("ESCROW", "negative"),
    client.payment.groupBy({ by: ["currency"], where: { status: "UNMATCHED" }, _sum: { amountMinor: true }, _count: { _all: true } }),
    listLatestFxRates(client, { now }),
    client.$queryRawUnsafe<{ month: Date; currency: string; total: bigint; orders: number }[]>(
      `SELECT date_trunc('month', "createdAt") AS month, currency, SUM("totalMinor")::bigint AS total, COUNT(*)::int AS orders FROM "Order"
       WHERE status::text = ANY($1) AND "createdAt" >= $2 GROUP BY 1, 2 ORDER BY 1, 2`,
      pastPayment,
      since,
    ),
    client.$queryRawUnsafe<{ country: string; currency: string; total: bigint; orders: number }[]>(
      `SELECT b.country, o.currency, SUM(o."totalMinor")::bigint AS total, COUNT(*)::int AS orders FROM "Order" o JOIN "Organization" b ON b.id = o."buyerId"
       WHERE o.status::text = ANY($1) GROUP BY 1, 2 ORDER BY 2, 3 DESC`,
      pastPayment,
    ),
    client.order.findMany({
      where: { status: { in: ["DELIVERED", "COMPLETED"] }, payout: null, invoices: { some: {}, every: { status: { in: ["PAID", "VOID"] } } } },
      select: { id: true, number: true, currency: true, totalMinor: true, supplier: { select: { name: true } } },
      orderBy: { updatedAt: "asc" },
      take: 20,
    }),
    checkLedger(client),
  ]);
  return {
    receivables: byCurrency(receivables),
    buyerCredit: byCurrency(buyerCredit),
    payables: byCurrency(payables),
    escrow: byCurrency(escrow),
    unmatched: unmatched.flatMap((row) => (isCurrencyCode(row.currency) ? [{ currency: row.currency, minor: row._sum.amountMinor ?? 0n, count: row._count._all }] : [])),
    staleRates: latest.rates.filter((rate) => rate.stale),
    staleAfterHours: latest.staleAfterHours,
    gmvByMonth: byMonth.flatMap((row) => (isCurrencyCode(row.currency) ? [{ month: row.month.toISOString().slice(0, 7), currency: row.currency, minor: row.total, orders: row.orders }] : [])),
    gmvByCountry: byCountry.flatMap((row) => (isCurrencyCode(row.currency) ? [{ country: row.country, currency: row.currency, minor: row.total, orders: row.orders }] : [])),
    readyPayouts: ready,
    ledger: { violations: ledger.violations.length, transactions: ledger.counts.transactions },
  };
}

export type FinanceOverview = Awaited<ReturnType<typeof getFinanceOverview>>;
