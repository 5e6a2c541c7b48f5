import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assertBalanced, type LedgerLine } from "@/lib/ledger/post-ledger-transaction";
import { currencyCodes, type CurrencyCode } from "@/lib/money/currencies";
import { commissionLines, invoiceIssuedLines, paymentReceivedLines, payoutLines, receiptMatchedLines, refundLines, unmatchedReceiptLines } from "./settlement-postings";

const currency = fc.constantFrom(...currencyCodes);
const positive = fc.bigInt({ min: 1n, max: 10n ** 15n });
const amount = fc.record({ minor: positive, currency });
const org = fc.uuid();

function sumsByCurrency(lines: LedgerLine[]): Map<CurrencyCode, bigint> {
  const sums = new Map<CurrencyCode, bigint>();
  for (const line of lines) sums.set(line.account.currency, (sums.get(line.account.currency) ?? 0n) + line.amountMinor);
  return sums;
}

describe("settlement postings", () => {
  it("balance in every currency for any amounts, same-currency or cross-currency", () => {
    fc.assert(
      fc.property(org, org, amount, amount, positive, (buyer, supplier, due, covers, fee) => {
        const sameCurrency = { minor: due.minor, currency: due.currency };
        const postings = [
          invoiceIssuedLines(buyer, due, due.currency === covers.currency ? sameCurrency : covers),
          paymentReceivedLines(buyer, due),
          unmatchedReceiptLines(due),
          receiptMatchedLines(buyer, due),
          refundLines(buyer, due),
          refundLines(null, due),
          commissionLines(supplier, covers, fee > covers.minor ? covers.minor : fee),
          payoutLines(supplier, covers, covers.currency === due.currency ? covers : due),
        ];
        for (const lines of postings) {
          expect(() => assertBalanced(lines)).not.toThrow();
          for (const sum of sumsByCurrency(lines).values()) expect(sum).toBe(0n);
        }
      }),
    );
  });

  it("move the buyer's receivable by exactly what is invoiced, paid and refunded", () => {
    fc.assert(
      fc.property(org, amount, amount, (buyer, invoiced, covers) => {
        const receivable = (lines: LedgerLine[]) => lines.filter((l) => l.account.kind === "BUYER_RECEIVABLE").reduce((sum, l) => sum + l.amountMinor, 0n);
        const coversAmount = invoiced.currency === covers.currency ? invoiced : covers;
        expect(receivable(invoiceIssuedLines(buyer, invoiced, coversAmount))).toBe(invoiced.minor);
        expect(receivable(paymentReceivedLines(buyer, invoiced))).toBe(-invoiced.minor);
        expect(receivable(refundLines(buyer, invoiced))).toBe(invoiced.minor);
      }),
    );
  });

  it("refuse a commission above the gross and a same-currency payout that does not settle its amount", () => {
    expect(() => commissionLines("s", { minor: 100n, currency: "CNY" }, 101n)).toThrow(RangeError);
    expect(() => payoutLines("s", { minor: 100n, currency: "CNY" }, { minor: 99n, currency: "CNY" })).toThrow(RangeError);
    expect(() => invoiceIssuedLines("b", { minor: 100n, currency: "CNY" }, { minor: 99n, currency: "CNY" })).toThrow(RangeError);
  });
});
