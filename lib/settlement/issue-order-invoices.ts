import type { Tx } from "@/lib/db/create-client";
import type { Prisma } from "@/lib/db/generated/client.ts";
import type { InvoiceKind } from "@/lib/db/generated/enums.ts";
import { postLedgerTransaction } from "@/lib/ledger/post-ledger-transaction";
import { allocateMinor, percentOf } from "@/lib/money/allocate";
import { toCurrencyCode, type CurrencyCode } from "@/lib/money/currencies";
import { convertMinor } from "@/lib/money/fx/convert-minor";
import { findRate } from "@/lib/money/fx/find-rate";
import { toRateSnapshot, type RateSnapshot } from "@/lib/money/fx/rate-snapshot";
import { localCurrency } from "@/lib/money/local-currency";
import { notify } from "@/lib/notify/notify";
import { nextReference } from "@/lib/references/next-reference";
import { depositPercentFromTerms } from "./deposit-terms";
import { invoiceIssuedLines } from "./settlement-postings";
import { generatePaymentReference } from "./payment-reference";

/** Days a buyer has to pay the first invoice. */
const paymentWindowDays = 7;

type OrderForInvoicing = { id: string; number: string; buyerId: string; currency: string; totalMinor: bigint; paymentTerms: string | null; buyer: { country: string } };

/**
 * Issues the order's proforma invoices when the supplier asks for payment: one for the full
 * amount, or a deposit and a balance when the payment terms name a deposit percentage. They
 * are in the buyer's national currency when a rate exists (else the order's), converted once
 * at today's rate — the snapshot is stored — and split without losing a minor unit. Each
 * invoice posts its receivable and escrow to the ledger in the caller's transaction.
 */
export async function issueOrderInvoicesInTx(tx: Tx, order: OrderForInvoicing, context: { userId: string | null; now?: Date }): Promise<{ id: string; number: string }[]> {
  const existing = await tx.invoice.count({ where: { orderId: order.id, status: { not: "VOID" } } });
  if (existing > 0) return [];
  const now = context.now ?? new Date();
  const orderCurrency = toCurrencyCode(order.currency);

  let currency: CurrencyCode = orderCurrency;
  let snapshot: RateSnapshot | null = null;
  let dueTotal = order.totalMinor;
  const wanted = localCurrency(order.buyer.country);
  if (wanted !== orderCurrency) {
    const rate = await findRate(tx, orderCurrency, wanted, now);
    if (rate) {
      currency = wanted;
      snapshot = toRateSnapshot(rate);
      dueTotal = convertMinor(order.totalMinor, orderCurrency, wanted, rate.rate);
    }
  }

  const deposit = depositPercentFromTerms(order.paymentTerms);
  const depositCovers = deposit === null ? order.totalMinor : percentOf(order.totalMinor, deposit * 100);
  const covers = deposit === null ? [order.totalMinor] : [depositCovers, order.totalMinor - depositCovers];
  const dues = deposit === null ? [dueTotal] : allocateMinor(dueTotal, covers);
  const kinds: InvoiceKind[] = deposit === null ? ["FULL"] : ["DEPOSIT", "BALANCE"];

  const issued: { id: string; number: string }[] = [];
  for (const [index, kind] of kinds.entries()) {
    const invoice = await tx.invoice.create({
      data: {
        number: await nextReference(tx, "INV", now),
        orderId: order.id,
        kind,
        paymentReference: generatePaymentReference(),
        currency,
        amountMinor: dues[index]!,
        orderCurrency,
        orderAmountMinor: covers[index]!,
        fxSnapshot: (snapshot ?? undefined) as Prisma.InputJsonValue | undefined,
        issuedAt: now,
        dueAt: kind === "BALANCE" ? null : new Date(now.getTime() + paymentWindowDays * 86_400_000),
        dueEvent: kind === "BALANCE" ? "before_shipment" : null,
      },
      select: { id: true, number: true, amountMinor: true, orderAmountMinor: true },
    });
    await postLedgerTransaction(tx, {
      kind: "INVOICE_ISSUED",
      idempotencyKey: `invoice:${invoice.id}`,
      orderId: order.id,
      invoiceId: invoice.id,
      fxSnapshot: snapshot,
      memo: { invoiceNumber: invoice.number, orderNumber: order.number, invoiceKind: kind },
      effectiveAt: now,
      createdById: context.userId,
      lines: invoiceIssuedLines(order.buyerId, { minor: invoice.amountMinor, currency }, { minor: invoice.orderAmountMinor, currency: orderCurrency }),
    });
    issued.push({ id: invoice.id, number: invoice.number });
  }
  await notify(tx, {
    type: "settlement.invoices_issued",
    data: { orderNumber: order.number, amountMinor: dueTotal.toString(), currency },
    link: `/orders/${order.id}/settlement`,
    to: { organizationId: order.buyerId },
  });
  return issued;
}
