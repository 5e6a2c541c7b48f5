import type { LedgerLine } from "@/lib/ledger/post-ledger-transaction";
import type { CurrencyCode } from "@/lib/money/currencies";

/**
 * The double-entry lines of each settlement event, as pure functions (tested on their own
 * and by the property tests). Debits positive, credits negative. Cross-currency events pass
 * through the FX conversion accounts of both currencies, so each currency balances by itself.
 */
type Amount = { minor: bigint; currency: CurrencyCode };

const platform = null;

/** Invoice issued: the buyer owes `due`; the order value `covers` (order currency) goes to escrow. */
export function invoiceIssuedLines(buyerId: string, due: Amount, covers: Amount): LedgerLine[] {
  const receivable: LedgerLine = { account: { kind: "BUYER_RECEIVABLE", organizationId: buyerId, currency: due.currency }, amountMinor: due.minor };
  const escrow: LedgerLine = { account: { kind: "ESCROW", organizationId: platform, currency: covers.currency }, amountMinor: -covers.minor };
  if (due.currency === covers.currency) {
    if (due.minor !== covers.minor) throw new RangeError("Same-currency invoice must cover exactly its amount");
    return [receivable, escrow];
  }
  return [
    receivable,
    { account: { kind: "FX_CONVERSION", organizationId: platform, currency: due.currency }, amountMinor: -due.minor },
    { account: { kind: "FX_CONVERSION", organizationId: platform, currency: covers.currency }, amountMinor: covers.minor },
    escrow,
  ];
}

/** Money arrived for a known buyer: cash up, the buyer's receivable down (below zero is credit). */
export function paymentReceivedLines(buyerId: string, paid: Amount): LedgerLine[] {
  return [
    { account: { kind: "PLATFORM_CASH", organizationId: platform, currency: paid.currency }, amountMinor: paid.minor },
    { account: { kind: "BUYER_RECEIVABLE", organizationId: buyerId, currency: paid.currency }, amountMinor: -paid.minor },
  ];
}

/** Money arrived that matches no invoice yet: held in unmatched receipts until finance places it. */
export function unmatchedReceiptLines(paid: Amount): LedgerLine[] {
  return [
    { account: { kind: "PLATFORM_CASH", organizationId: platform, currency: paid.currency }, amountMinor: paid.minor },
    { account: { kind: "UNMATCHED_RECEIPTS", organizationId: platform, currency: paid.currency }, amountMinor: -paid.minor },
  ];
}

/** An unmatched receipt placed against a buyer's invoice. */
export function receiptMatchedLines(buyerId: string, paid: Amount): LedgerLine[] {
  return [
    { account: { kind: "UNMATCHED_RECEIPTS", organizationId: platform, currency: paid.currency }, amountMinor: paid.minor },
    { account: { kind: "BUYER_RECEIVABLE", organizationId: buyerId, currency: paid.currency }, amountMinor: -paid.minor },
  ];
}

/** Money sent back: to a buyer (their receivable goes up again) or, unmatched, to whoever sent it. */
export function refundLines(buyerId: string | null, refunded: Amount): LedgerLine[] {
  const from: LedgerLine = buyerId
    ? { account: { kind: "BUYER_RECEIVABLE", organizationId: buyerId, currency: refunded.currency }, amountMinor: refunded.minor }
    : { account: { kind: "UNMATCHED_RECEIPTS", organizationId: platform, currency: refunded.currency }, amountMinor: refunded.minor };
  return [from, { account: { kind: "PLATFORM_CASH", organizationId: platform, currency: refunded.currency }, amountMinor: -refunded.minor }];
}

/** Delivery confirmed: the order's escrow is released — commission to revenue, the rest owed to the supplier. */
export function commissionLines(supplierId: string, gross: Amount, commissionMinor: bigint): LedgerLine[] {
  if (commissionMinor < 0n || commissionMinor > gross.minor) throw new RangeError("Commission must be between zero and the gross amount");
  return [
    { account: { kind: "ESCROW", organizationId: platform, currency: gross.currency }, amountMinor: gross.minor },
    { account: { kind: "FEE_REVENUE", organizationId: platform, currency: gross.currency }, amountMinor: -commissionMinor },
    { account: { kind: "SUPPLIER_PAYABLE", organizationId: supplierId, currency: gross.currency }, amountMinor: -(gross.minor - commissionMinor) },
  ];
}

/** The payout leaves the platform: the supplier's payable settles; in another currency through FX. */
export function payoutLines(supplierId: string, settles: Amount, paid: Amount): LedgerLine[] {
  const payable: LedgerLine = { account: { kind: "SUPPLIER_PAYABLE", organizationId: supplierId, currency: settles.currency }, amountMinor: settles.minor };
  const cash: LedgerLine = { account: { kind: "PLATFORM_CASH", organizationId: platform, currency: paid.currency }, amountMinor: -paid.minor };
  if (settles.currency === paid.currency) {
    if (settles.minor !== paid.minor) throw new RangeError("Same-currency payout must settle exactly its amount");
    return [payable, cash];
  }
  return [
    payable,
    { account: { kind: "FX_CONVERSION", organizationId: platform, currency: settles.currency }, amountMinor: -settles.minor },
    { account: { kind: "FX_CONVERSION", organizationId: platform, currency: paid.currency }, amountMinor: paid.minor },
    cash,
  ];
}

/**
 * A dispute decided with a refund: `refund` (order currency) comes out of escrow — or, when the
 * payout was already released, is owed back by the supplier — and `credit` (invoice currency,
 * at the invoice's rate) goes to the buyer's receivable as credit, which finance then returns
 * through the normal refund path.
 */
export function disputeRefundLines(buyerId: string, refund: Amount, credit: Amount, from: { payoutReleasedTo: string | null }): LedgerLine[] {
  const source: LedgerLine = from.payoutReleasedTo
    ? { account: { kind: "SUPPLIER_PAYABLE", organizationId: from.payoutReleasedTo, currency: refund.currency }, amountMinor: refund.minor }
    : { account: { kind: "ESCROW", organizationId: platform, currency: refund.currency }, amountMinor: refund.minor };
  const receivable: LedgerLine = { account: { kind: "BUYER_RECEIVABLE", organizationId: buyerId, currency: credit.currency }, amountMinor: -credit.minor };
  if (refund.currency === credit.currency) {
    if (refund.minor !== credit.minor) throw new RangeError("Same-currency dispute refund must credit exactly its amount");
    return [source, receivable];
  }
  return [
    source,
    { account: { kind: "FX_CONVERSION", organizationId: platform, currency: refund.currency }, amountMinor: -refund.minor },
    { account: { kind: "FX_CONVERSION", organizationId: platform, currency: credit.currency }, amountMinor: credit.minor },
    receivable,
  ];
}
