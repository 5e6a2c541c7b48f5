import { z } from "zod";
import { InvoiceKind, InvoiceStatus, LedgerAccountKind, LedgerTransactionKind, OrderStatus, PaymentRail, PaymentStatus, RefundStatus } from "@/lib/db/generated/enums.ts";
import { currencyCodes, type CurrencyCode } from "@/lib/money/currencies";
import { rateSnapshotSchema } from "@/lib/money/fx/rate-snapshot";
import { dateTime, id, moneySchema } from "./schema-primitives";

/*
 * Settlement: the JSON built in lib/api/settlement-json.ts. settlement-response-shapes.test.ts
 * checks them against the builders at compile time.
 */

const money = moneySchema;
const isoDate = z.string().meta({ format: "date", description: "YYYY-MM-DD." });

export const settlementSchema = z.object({
  orderId: id,
  orderNumber: z.string(),
  orderStatus: z.enum(OrderStatus),
  currency: z.enum(currencyCodes as [CurrencyCode, ...CurrencyCode[]]).meta({ description: "The invoices' currency (the buyer's national currency when a rate existed at invoicing, else the order's)." }),
  orderTotal: money.meta({ description: "The order total in the order's (quote's) currency." }),
  total: money.meta({ description: "Sum of the open (not void) invoices." }),
  paid: money.meta({ description: "Paid on the open invoices, less refunds." }),
  outstanding: money.meta({ description: "Still to pay: total − credited − paid, never below zero." }),
  credit: money.meta({ description: "Paid beyond what is due (over-payment, or a dispute refund) and not yet returned." }),
  credited: money.meta({ description: "Credited back to the buyer by a dispute decision." }),
  invoices: z.array(
    z.object({
      id,
      number: z.string().meta({ examples: ["INV-2026-000003"] }),
      kind: z.enum(InvoiceKind).meta({ description: "FULL, or DEPOSIT and BALANCE when the payment terms name a deposit percentage." }),
      status: z.enum(InvoiceStatus),
      paymentReference: z.string().meta({ description: "What the buyer puts in the transfer's details.", examples: ["KRV-7K3M-9QX2-4"] }),
      amount: money,
      paid: money,
      credited: money.meta({ description: "Credited back by a dispute decision; what is due is amount − credited." }),
      covers: money.meta({ description: "The part of the order total (order currency) this invoice covers." }),
      issuedAt: dateTime,
      dueAt: dateTime.nullable(),
      dueEvent: z.string().nullable().meta({ description: "before_shipment for a balance invoice." }),
      pdfUrl: z.string().meta({ description: "The bilingual proforma invoice (GET, PDF)." }),
    }),
  ),
  payments: z.array(
    z.object({
      id,
      rail: z.enum(PaymentRail),
      invoiceId: id.nullable(),
      status: z.enum(PaymentStatus),
      amount: money,
      refunded: money,
      valueDate: isoDate,
      refunds: z.array(z.object({ id, amount: money, status: z.enum(RefundStatus), createdAt: dateTime })),
    }),
  ),
  payout: z
    .object({
      id,
      gross: money,
      commissionBasisPoints: z.number().int().meta({ description: "250 = 2.5 %." }),
      commission: money,
      amount: money.meta({ description: "Net amount paid to the supplier, in the payout currency." }),
      releasedAt: dateTime,
    })
    .nullable()
    .meta({ description: "The supplier's payout; null until released, and always null for the buyer." }),
  fxSnapshots: z.array(z.object({ usedFor: z.enum(["order", "invoice", "payout"]), reference: z.string(), snapshot: rateSnapshotSchema })),
  entries: z
    .array(
      z.object({
        transactionId: id,
        sequence: z.number().int(),
        kind: z.enum(LedgerTransactionKind),
        account: z.enum(LedgerAccountKind),
        amount: money.meta({ description: "Signed: debits positive, credits negative. Each transaction's entries sum to zero per currency." }),
        effectiveAt: dateTime,
      }),
    )
    .meta({ description: "The ledger entries behind every figure, in posting order." }),
});

export const recordedTransferSchema = z.object({
  id,
  status: z.enum(PaymentStatus),
  invoiceId: id.nullable(),
  invoiceNumber: z.string().nullable(),
  orderId: id.nullable(),
  unmatchedReason: z.enum(["no_reference", "unknown_reference", "currency_mismatch", "invoice_void", "order_on_hold"]).nullable().meta({ description: "Why the transfer was kept in unmatched receipts; null when matched." }),
});

export const matchedPaymentSchema = z.object({ invoiceId: id, orderId: id });
export const payoutReleasedSchema = z.object({ id, amount: money });

export const statementSchema = z.object({
  organization: z.object({ id, name: z.string() }),
  perspective: z.enum(["buyer", "supplier"]).meta({ description: "buyer: debit = invoiced, credit = paid, balance = owed by the buyer (negative: its credit). supplier: debit = earned, credit = paid out, balance = owed to the supplier." }),
  currency: z.enum(currencyCodes as [CurrencyCode, ...CurrencyCode[]]),
  from: isoDate,
  to: isoDate,
  openingBalance: money,
  closingBalance: money,
  totalDebits: money,
  totalCredits: money,
  ledgerBalance: money.meta({ description: "The account's balance in the ledger now; equals closingBalance when the period ends today." }),
  lines: z.array(z.object({ date: dateTime, transactionId: id, kind: z.enum(LedgerTransactionKind), reference: z.string(), debit: money, credit: money, balance: money })),
});
