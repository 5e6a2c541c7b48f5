import type { Db } from "@/lib/db/create-client";
import { invoiceStatusFor } from "@/lib/settlement/invoice-status";

export type LedgerViolation = { rule: string; detail: string };

type Check = { rule: string; sql: string; describe: (row: Record<string, unknown>) => string };

/**
 * Every invariant of the ledger and of the settlement records built on it, as queries that
 * return the offending rows (so a violation names what is wrong). The database already
 * refuses unbalanced transactions and edits; these catch what slipped past by other means
 * (a restored backup, a manual fix, a bug in a posting) and prove the rest.
 */
const checks: Check[] = [
  {
    rule: "transaction balances per currency",
    sql: `SELECT "transactionId" AS id, currency, SUM("amountMinor")::text AS total FROM "LedgerEntry" GROUP BY "transactionId", currency HAVING SUM("amountMinor") <> 0`,
    describe: (r) => `transaction ${r.id} sums to ${r.total} in ${r.currency}`,
  },
  {
    rule: "transaction has at least two entries",
    sql: `SELECT t.id, COUNT(e.id)::int AS entries FROM "LedgerTransaction" t LEFT JOIN "LedgerEntry" e ON e."transactionId" = t.id GROUP BY t.id HAVING COUNT(e.id) < 2`,
    describe: (r) => `transaction ${r.id} has ${r.entries} entries`,
  },
  {
    rule: "no orphan entries",
    sql: `SELECT e.id::text AS id FROM "LedgerEntry" e LEFT JOIN "LedgerTransaction" t ON t.id = e."transactionId" LEFT JOIN "LedgerAccount" a ON a.id = e."accountId" WHERE t.id IS NULL OR a.id IS NULL`,
    describe: (r) => `entry ${r.id} has no transaction or account`,
  },
  {
    rule: "entry currency is the account's",
    sql: `SELECT e.id::text AS id, e.currency, a.currency AS "accountCurrency" FROM "LedgerEntry" e JOIN "LedgerAccount" a ON a.id = e."accountId" WHERE e.currency <> a.currency`,
    describe: (r) => `entry ${r.id} is in ${r.currency} on a ${r.accountCurrency} account`,
  },
  {
    rule: "account balance equals the sum of its entries",
    sql: `SELECT a.key, a."balanceMinor"::text AS stored, COALESCE(SUM(e."amountMinor"), 0)::text AS computed FROM "LedgerAccount" a LEFT JOIN "LedgerEntry" e ON e."accountId" = a.id GROUP BY a.id HAVING a."balanceMinor" <> COALESCE(SUM(e."amountMinor"), 0)`,
    describe: (r) => `account ${r.key} says ${r.stored}, its entries sum to ${r.computed}`,
  },
  {
    rule: "transaction references exist",
    sql: `SELECT t.id FROM "LedgerTransaction" t
          LEFT JOIN "Invoice" i ON i.id = t."invoiceId" LEFT JOIN "Payment" p ON p.id = t."paymentId"
          LEFT JOIN "Payout" o ON o.id = t."payoutId" LEFT JOIN "Refund" r ON r.id = t."refundId"
          WHERE (t."invoiceId" IS NOT NULL AND i.id IS NULL) OR (t."paymentId" IS NOT NULL AND p.id IS NULL)
             OR (t."payoutId" IS NOT NULL AND o.id IS NULL) OR (t."refundId" IS NOT NULL AND r.id IS NULL)`,
    describe: (r) => `transaction ${r.id} points at a missing invoice, payment, payout or refund`,
  },
  {
    rule: "every invoice is posted once, for its amount",
    sql: `SELECT i.number, i."amountMinor"::text AS amount, COUNT(DISTINCT t.id)::int AS postings, COALESCE(SUM(e."amountMinor") FILTER (WHERE a.kind = 'BUYER_RECEIVABLE'), 0)::text AS posted
          FROM "Invoice" i LEFT JOIN "LedgerTransaction" t ON t."invoiceId" = i.id AND t.kind = 'INVOICE_ISSUED'
          LEFT JOIN "LedgerEntry" e ON e."transactionId" = t.id LEFT JOIN "LedgerAccount" a ON a.id = e."accountId"
          GROUP BY i.id HAVING COUNT(DISTINCT t.id) <> 1 OR COALESCE(SUM(e."amountMinor") FILTER (WHERE a.kind = 'BUYER_RECEIVABLE'), 0) <> i."amountMinor"`,
    describe: (r) => `invoice ${r.number} for ${r.amount} has ${r.postings} postings receivable ${r.posted}`,
  },
  {
    rule: "a void invoice's posting is reversed, an open one's is not",
    sql: `SELECT i.number, i.status FROM "Invoice" i JOIN "LedgerTransaction" t ON t."idempotencyKey" = 'invoice:' || i.id::text
          LEFT JOIN "LedgerTransaction" r ON r."reversesId" = t.id
          WHERE (i.status = 'VOID') <> (r.id IS NOT NULL)`,
    describe: (r) => `invoice ${r.number} is ${r.status} but its reversal says otherwise`,
  },
  {
    rule: "an order's invoices cover its total",
    sql: `SELECT o.number, o."totalMinor"::text AS total, SUM(i."orderAmountMinor")::text AS covered FROM "Order" o JOIN "Invoice" i ON i."orderId" = o.id AND i.status <> 'VOID'
          GROUP BY o.id HAVING SUM(i."orderAmountMinor") <> o."totalMinor" OR bool_or(i."orderCurrency" <> o.currency)`,
    describe: (r) => `order ${r.number} totals ${r.total} but its invoices cover ${r.covered}`,
  },
  {
    rule: "every payment is received once",
    sql: `SELECT p.id, COUNT(t.id)::int AS postings FROM "Payment" p LEFT JOIN "LedgerTransaction" t ON t."paymentId" = p.id AND t.kind = 'PAYMENT_RECEIVED' GROUP BY p.id HAVING COUNT(t.id) <> 1`,
    describe: (r) => `payment ${r.id} has ${r.postings} receipt postings`,
  },
  {
    rule: "matched payments sit on an invoice, unmatched ones do not",
    sql: `SELECT id, status FROM "Payment" WHERE (status = 'MATCHED') <> ("invoiceId" IS NOT NULL)`,
    describe: (r) => `payment ${r.id} is ${r.status} with the wrong invoice link`,
  },
  {
    rule: "refunds posted once and never more than the payment",
    sql: `SELECT p.id, p."amountMinor"::text AS amount, p."refundedMinor"::text AS refunded, COALESCE(SUM(f."amountMinor") FILTER (WHERE f.status = 'SUCCEEDED'), 0)::text AS succeeded
          FROM "Payment" p LEFT JOIN "Refund" f ON f."paymentId" = p.id GROUP BY p.id
          HAVING p."refundedMinor" > p."amountMinor" OR p."refundedMinor" <> COALESCE(SUM(f."amountMinor") FILTER (WHERE f.status = 'SUCCEEDED'), 0)`,
    describe: (r) => `payment ${r.id} of ${r.amount} shows ${r.refunded} refunded, succeeded refunds sum to ${r.succeeded}`,
  },
  {
    rule: "a succeeded refund is posted exactly once",
    sql: `SELECT f.id, COUNT(t.id)::int AS postings FROM "Refund" f LEFT JOIN "LedgerTransaction" t ON t."refundId" = f.id AND t.kind = 'REFUND' GROUP BY f.id HAVING COUNT(t.id) <> (CASE WHEN f.status = 'SUCCEEDED' THEN 1 ELSE 0 END)`,
    describe: (r) => `refund ${r.id} has ${r.postings} postings`,
  },
  {
    rule: "payouts: delivered orders only, commission and payout posted once, gross = order total",
    sql: `SELECT o.number, o.status, p."grossMinor"::text AS gross, o."totalMinor"::text AS total,
                 COUNT(t.id) FILTER (WHERE t.kind = 'COMMISSION')::int AS commissions, COUNT(t.id) FILTER (WHERE t.kind = 'PAYOUT')::int AS payouts
          FROM "Payout" p JOIN "Order" o ON o.id = p."orderId" LEFT JOIN "LedgerTransaction" t ON t."payoutId" = p.id
          GROUP BY o.id, p.id
          HAVING o.status NOT IN ('DELIVERED', 'COMPLETED') OR p."grossMinor" <> o."totalMinor" - coalesce((SELECT d."refundMinor" FROM "Dispute" d WHERE d."orderId" = o.id), 0)
              OR COUNT(t.id) FILTER (WHERE t.kind = 'COMMISSION') <> 1 OR COUNT(t.id) FILTER (WHERE t.kind = 'PAYOUT') <> 1`,
    describe: (r) => `order ${r.number} (${r.status}) payout gross ${r.gross} vs total ${r.total} less dispute refunds, ${r.commissions} commission and ${r.payouts} payout postings`,
  },
  {
    rule: "dispute refunds posted once, crediting exactly what the invoices record",
    sql: `SELECT d.id, o.number, d."refundMinor"::text AS refund, COUNT(DISTINCT t.id)::int AS postings,
                 COALESCE(SUM(e."amountMinor") FILTER (WHERE a.kind = 'BUYER_RECEIVABLE'), 0)::text AS posted,
                 (SELECT COALESCE(SUM(i."creditedMinor"), 0) FROM "Invoice" i WHERE i."orderId" = o.id)::text AS credited
          FROM "Dispute" d JOIN "Order" o ON o.id = d."orderId"
          LEFT JOIN "LedgerTransaction" t ON t."idempotencyKey" = 'dispute:' || d.id::text AND t.kind = 'DISPUTE_ADJUSTMENT'
          LEFT JOIN "LedgerEntry" e ON e."transactionId" = t.id LEFT JOIN "LedgerAccount" a ON a.id = e."accountId"
          GROUP BY d.id, o.id
          HAVING COUNT(DISTINCT t.id) <> (CASE WHEN COALESCE(d."refundMinor", 0) > 0 THEN 1 ELSE 0 END)
              OR -COALESCE(SUM(e."amountMinor") FILTER (WHERE a.kind = 'BUYER_RECEIVABLE'), 0) <> (SELECT COALESCE(SUM(i."creditedMinor"), 0) FROM "Invoice" i WHERE i."orderId" = o.id)`,
    describe: (r) => `dispute ${r.id} on order ${r.number}: refund ${r.refund}, ${r.postings} postings crediting ${r.posted}, invoices record ${r.credited}`,
  },
  {
    rule: "orders past payment have their first invoice paid",
    sql: `SELECT o.number, o.status FROM "Order" o JOIN "Invoice" i ON i."orderId" = o.id AND i.kind IN ('FULL', 'DEPOSIT') AND i.status <> 'VOID'
          WHERE o.status IN ('PAID', 'IN_PRODUCTION', 'SHIPPED', 'DELIVERED', 'COMPLETED') AND i.status <> 'PAID'`,
    describe: (r) => `order ${r.number} is ${r.status} with its first invoice unpaid`,
  },
  {
    rule: "orders past payment were invoiced",
    sql: `SELECT o.number, o.status FROM "Order" o WHERE o.status IN ('PAID', 'IN_PRODUCTION', 'SHIPPED', 'DELIVERED', 'COMPLETED')
          AND NOT EXISTS (SELECT 1 FROM "Invoice" i WHERE i."orderId" = o.id AND i.status <> 'VOID')`,
    describe: (r) => `order ${r.number} is ${r.status} without an invoice`,
  },
];

/** The invoice's stored paid amount and status against its payments and refunds. */
async function checkInvoicePaidAmounts(db: Db): Promise<LedgerViolation[]> {
  const rows = await db.$queryRawUnsafe<{ number: string; status: string; amountMinor: bigint; paidMinor: bigint; creditedMinor: bigint; fromPayments: bigint }[]>(
    `SELECT i.number, i.status, i."amountMinor", i."paidMinor", i."creditedMinor", COALESCE(SUM(p."amountMinor" - p."refundedMinor") FILTER (WHERE p.status = 'MATCHED'), 0)::bigint AS "fromPayments"
     FROM "Invoice" i LEFT JOIN "Payment" p ON p."invoiceId" = i.id GROUP BY i.id`,
  );
  const violations: LedgerViolation[] = [];
  for (const row of rows) {
    if (row.paidMinor !== row.fromPayments) violations.push({ rule: "invoice paid amount equals its payments less refunds", detail: `invoice ${row.number} says ${row.paidMinor} paid, payments give ${row.fromPayments}` });
    else if (row.status !== "VOID" && row.status !== invoiceStatusFor(row.amountMinor - row.creditedMinor, row.paidMinor)) violations.push({ rule: "invoice status follows its payments", detail: `invoice ${row.number} is ${row.status} with ${row.paidMinor} of ${row.amountMinor} paid` });
  }
  return violations;
}

export async function checkLedger(db: Db): Promise<{ violations: LedgerViolation[]; counts: { transactions: number; entries: number; accounts: number } }> {
  const violations: LedgerViolation[] = [];
  for (const check of checks) {
    const rows = await db.$queryRawUnsafe<Record<string, unknown>[]>(check.sql);
    for (const row of rows.slice(0, 20)) violations.push({ rule: check.rule, detail: check.describe(row) });
    if (rows.length > 20) violations.push({ rule: check.rule, detail: `…and ${rows.length - 20} more` });
  }
  violations.push(...(await checkInvoicePaidAmounts(db)));
  const [transactions, entries, accounts] = await Promise.all([db.ledgerTransaction.count(), db.ledgerEntry.count(), db.ledgerAccount.count()]);
  return { violations, counts: { transactions, entries, accounts } };
}
