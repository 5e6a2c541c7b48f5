import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { isAppError } from "@/lib/errors/app-error";
import { decideDispute } from "@/lib/disputes/decide-dispute";
import { openDispute } from "@/lib/disputes/open-dispute";
import { checkLedger } from "@/lib/ledger/check-ledger";
import { minorToDecimal } from "@/lib/money/decimal";
import { transitionOrder } from "@/lib/orders/transition-order";
import { matchPayment } from "@/lib/settlement/match-payment";
import { recordBankTransfer } from "@/lib/settlement/record-bank-transfer";
import { refundBankPayment, refundableMinor } from "@/lib/settlement/refund-payment";
import { releasePayout } from "@/lib/settlement/release-payout";
import { createActor } from "../support/factories";
import { orderAwaitingPayment, seedSettlementBasics } from "../support/settlement-fixtures";
import { setupTestDatabase } from "../support/setup-test-db";

/*
 * Property: whatever finance, buyers, suppliers and moderators do, in whatever order — partial,
 * full and over-payments, transfers without a reference and their later matching, refunds,
 * cancellations, deliveries, disputes and their decisions, payouts — every ledger invariant holds afterwards (ledger:check finds
 * nothing) and the whole ledger sums to zero in every currency. Runs the real services on the
 * real database; refusals (409/422) are part of the game, anything else fails the property.
 */

const db = setupTestDatabase();
const today = () => new Date().toISOString().slice(0, 10);
let transfer = 0;

beforeAll(async () => {
  await seedSettlementBasics(db());
});

const step = fc.oneof(
  fc.record({ kind: fc.constant("pay" as const), invoice: fc.integer({ min: 0, max: 1 }), percent: fc.integer({ min: 1, max: 130 }) }),
  fc.record({ kind: fc.constant("payUnmatched" as const), amount: fc.integer({ min: 1, max: 5_000_000 }) }),
  fc.record({ kind: fc.constant("matchUnmatched" as const), invoice: fc.integer({ min: 0, max: 1 }) }),
  fc.record({ kind: fc.constant("refund" as const), percent: fc.integer({ min: 1, max: 100 }) }),
  fc.record({ kind: fc.constant("advance" as const) }),
  fc.record({ kind: fc.constant("cancel" as const) }),
  fc.record({ kind: fc.constant("payout" as const), currency: fc.constantFrom("CNY", "USD", "KZT") }),
  fc.record({ kind: fc.constant("dispute" as const), decision: fc.constantFrom("FULL_REFUND", "PARTIAL_REFUND", "REJECTED"), percent: fc.integer({ min: 1, max: 99 }) }),
);

const next: Record<string, string> = { PAID: "IN_PRODUCTION", IN_PRODUCTION: "SHIPPED", SHIPPED: "DELIVERED", DELIVERED: "COMPLETED" };

async function expectedRefusal(attempt: Promise<unknown>) {
  try {
    await attempt;
  } catch (error) {
    if (!isAppError(error) || !["CONFLICT", "VALIDATION_FAILED", "FORBIDDEN"].includes(error.code)) throw error;
  }
}

describe("ledger invariants under random settlement histories", () => {
  it("hold after every sequence of invoices, payments, refunds, conversions and payouts", async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(undefined, "30% deposit, 70% before shipment", "Предоплата 50%"), fc.array(step, { minLength: 3, maxLength: 12 }), async (paymentTerms, steps) => {
        const { buyer, supplier, finance, order } = await orderAwaitingPayment(db(), { paymentTerms, quantity: 100 });
        const moderator = await createActor(db(), { type: "HUB", roles: ["moderator"] });
        for (const action of steps) {
          const invoices = await db().invoice.findMany({ where: { orderId: order.id }, orderBy: { number: "asc" } });
          const current = await db().order.findUniqueOrThrow({ where: { id: order.id }, select: { status: true } });
          const invoice = invoices[Math.min(action.kind === "pay" || action.kind === "matchUnmatched" ? action.invoice : 0, invoices.length - 1)]!;
          const bankReference = `PROP-${Date.now()}-${(transfer += 1)}`;
          if (action.kind === "pay") {
            const amount = ((invoice.amountMinor - invoice.paidMinor > 0n ? invoice.amountMinor - invoice.paidMinor : invoice.amountMinor) * BigInt(action.percent)) / 100n || 1n;
            await expectedRefusal(recordBankTransfer(db(), finance, { paymentReference: invoice.paymentReference, amount: { amount: minorToDecimal(amount, "KZT"), currency: "KZT" }, bankReference, valueDate: today() }));
          } else if (action.kind === "payUnmatched") {
            await recordBankTransfer(db(), finance, { paymentReference: "no reference", amount: { amount: minorToDecimal(BigInt(action.amount), "KZT"), currency: "KZT" }, bankReference, valueDate: today() });
          } else if (action.kind === "matchUnmatched") {
            const unmatched = await db().payment.findFirst({ where: { status: "UNMATCHED", refundedMinor: 0n }, orderBy: { createdAt: "desc" } });
            if (unmatched) await expectedRefusal(matchPayment(db(), finance, unmatched.id, { invoiceReference: invoice.number }));
          } else if (action.kind === "refund") {
            const payments = await db().payment.findMany({ where: { OR: [{ invoice: { orderId: order.id } }, { status: "UNMATCHED" }] } });
            for (const payment of payments) {
              const refundable = await db().$transaction((tx) => refundableMinor(tx, payment));
              const amount = (refundable * BigInt(action.percent)) / 100n;
              if (amount > 0n) {
                await expectedRefusal(refundBankPayment(db(), finance, payment.id, { amount: { amount: minorToDecimal(amount, "KZT"), currency: "KZT" }, reason: "property test" }));
                break;
              }
            }
          } else if (action.kind === "advance") {
            const to = next[current.status];
            const actor = to === "DELIVERED" || to === "COMPLETED" ? buyer : supplier;
            if (to) await expectedRefusal(transitionOrder(db(), actor, order.id, { to, shipment: { carrier: "KTZ", trackingNumber: "P-1" } }));
          } else if (action.kind === "dispute") {
            const existing = await db().dispute.findUnique({ where: { orderId: order.id } });
            if (!existing) {
              await expectedRefusal(openDispute(db(), buyer, order.id, { reason: "quality_not_as_agreed", description: "Random dispute from the property test." }));
            } else if (existing.status !== "DECIDED") {
              const refund = { amount: minorToDecimal((600n * 100n * 100n * BigInt(action.percent)) / 100n, "CNY"), currency: "CNY" };
              await expectedRefusal(decideDispute(db(), moderator, existing.id, { decision: action.decision, refund, note: "property test" }));
            }
          } else if (action.kind === "cancel") {
            await expectedRefusal(transitionOrder(db(), buyer, order.id, { to: "CANCELLED" }));
          } else {
            await expectedRefusal(releasePayout(db(), finance, order.id, { currency: action.currency }));
          }
        }
        const { violations } = await checkLedger(db());
        expect(violations).toEqual([]);
        const sums = await db().ledgerEntry.groupBy({ by: ["currency"], _sum: { amountMinor: true } });
        for (const sum of sums) expect(sum._sum.amountMinor, sum.currency).toBe(0n);
      }),
      { numRuns: 30 },
    );
  }, 240_000);
});
