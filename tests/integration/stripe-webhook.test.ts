// Stripe webhooks end to end against a real database. The only double is Stripe itself: events
// are written as JSON strings the way Stripe sends them and signed with the real signing scheme
// (stripe.webhooks.generateTestHeaderString); our verification, storage and postings run as in
// production.
import { randomBytes } from "node:crypto";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { checkLedger } from "@/lib/ledger/check-ledger";
import { transitionOrder } from "@/lib/orders/transition-order";
import { receiveStripeWebhook } from "@/lib/payments/stripe/receive-stripe-webhook";
import { createStripeClient } from "@/lib/payments/stripe/stripe-config";
import { orderAwaitingPayment, seedSettlementBasics } from "../support/settlement-fixtures";
import { setupTestDatabase } from "../support/setup-test-db";

const db = setupTestDatabase();
const webhookSecret = `whsec_${randomBytes(24).toString("hex")}`;
const stripe = createStripeClient({ secretKey: "sk_test_webhooks" });

beforeAll(async () => {
  await seedSettlementBasics(db());
});

afterEach(() => {
  vi.useRealTimers();
});

type Invoice = { id: string; orderId: string; paymentReference: string; amountMinor: bigint; currency: string };

let counter = 0;
const nextId = (prefix: string) => `${prefix}_test_${Date.now().toString(36)}${(counter += 1)}`;
const nowSeconds = () => Math.floor(Date.now() / 1000);

/** An event as Stripe delivers it: the exact string is what gets signed. */
function stripeEvent(type: string, object: Record<string, unknown>): string {
  return JSON.stringify({ id: nextId("evt"), object: "event", api_version: "2026-10-28.endive", created: nowSeconds(), livemode: false, pending_webhooks: 1, request: { id: null, idempotency_key: null }, type, data: { object } });
}

const metadataOf = (invoice: Invoice) => ({ invoiceId: invoice.id, orderId: invoice.orderId, paymentReference: invoice.paymentReference });

function paymentIntentSucceeded(invoice: Invoice, paymentIntentId: string, amount = Number(invoice.amountMinor), currency = invoice.currency.toLowerCase()): string {
  return stripeEvent("payment_intent.succeeded", { id: paymentIntentId, object: "payment_intent", amount, amount_received: amount, currency, status: "succeeded", created: nowSeconds(), metadata: metadataOf(invoice) });
}

function checkoutCompleted(invoice: Invoice, paymentIntentId: string, amount = Number(invoice.amountMinor)): string {
  return stripeEvent("checkout.session.completed", {
    id: nextId("cs"), object: "checkout.session", mode: "payment", status: "complete", payment_status: "paid", payment_intent: paymentIntentId,
    amount_total: amount, currency: invoice.currency.toLowerCase(), client_reference_id: invoice.id, metadata: metadataOf(invoice),
  });
}

function refundUpdated(paymentIntentId: string, refundId: string, amount: number, currency = "kzt"): string {
  return stripeEvent("refund.updated", { id: refundId, object: "refund", amount, currency, payment_intent: paymentIntentId, status: "succeeded", reason: "requested_by_customer", metadata: {}, created: nowSeconds() });
}

const sign = (payload: string, timestamp = nowSeconds(), secret = webhookSecret) => stripe.webhooks.generateTestHeaderString({ payload, secret, timestamp });
const deliver = (payload: string, header: string | null = sign(payload)) => receiveStripeWebhook(db(), { stripe, webhookSecret }, payload, header);

async function firstInvoice(orderId: string): Promise<Invoice> {
  return db().invoice.findFirstOrThrow({ where: { orderId }, orderBy: { number: "asc" } });
}

/** The order's ledger as a sorted multiset of (account kind, currency, amount). */
async function ledgerOf(orderId: string): Promise<string[]> {
  const entries = await db().ledgerEntry.findMany({ where: { transaction: { orderId } }, include: { account: { select: { kind: true } } } });
  return entries.map((entry) => `${entry.account.kind} ${entry.currency} ${entry.amountMinor}`).sort();
}

async function expectLedgerClean() {
  expect((await checkLedger(db())).violations).toEqual([]);
}

async function counts() {
  const [events, payments, postings] = await Promise.all([db().stripeEvent.count(), db().payment.count(), db().ledgerTransaction.count()]);
  return { events, payments, postings };
}

let cleanLedger: Promise<string[]> | undefined;
/** The reference: one clean delivery of both events for a fresh order. */
function ledgerOfCleanDelivery(): Promise<string[]> {
  cleanLedger ??= (async () => {
    const { order } = await orderAwaitingPayment(db());
    const invoice = await firstInvoice(order.id);
    const paymentIntentId = nextId("pi");
    await deliver(checkoutCompleted(invoice, paymentIntentId));
    await deliver(paymentIntentSucceeded(invoice, paymentIntentId));
    return ledgerOf(order.id);
  })();
  return cleanLedger;
}

describe("Stripe webhooks", () => {
  it("posts a clean delivery once: invoice and order PAID, one payment, one receipt posting", async () => {
    const { order } = await orderAwaitingPayment(db());
    const invoice = await firstInvoice(order.id);
    const paymentIntentId = nextId("pi");
    expect(await deliver(checkoutCompleted(invoice, paymentIntentId))).toEqual({ status: 200, body: { received: true, outcome: "processed" } });
    expect(await deliver(paymentIntentSucceeded(invoice, paymentIntentId))).toEqual({ status: 200, body: { received: true, outcome: "ignored" } });

    expect(await db().invoice.findUniqueOrThrow({ where: { id: invoice.id } })).toMatchObject({ status: "PAID", paidMinor: invoice.amountMinor });
    expect((await db().order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("PAID");
    const payments = await db().payment.findMany({ where: { invoiceId: invoice.id } });
    expect(payments).toHaveLength(1);
    expect(payments[0]).toMatchObject({ rail: "STRIPE", externalReference: paymentIntentId, status: "MATCHED", currency: "KZT", amountMinor: invoice.amountMinor, paymentReference: invoice.paymentReference });
    expect(await db().ledgerTransaction.count({ where: { invoiceId: invoice.id, kind: "PAYMENT_RECEIVED" } })).toBe(1);
    expect(await ledgerOf(order.id)).toEqual(await ledgerOfCleanDelivery());
    await expectLedgerClean();
  });

  it("acknowledges the same event delivered three times and posts it once", async () => {
    const { order } = await orderAwaitingPayment(db());
    const invoice = await firstInvoice(order.id);
    const paymentIntentId = nextId("pi");
    const completed = checkoutCompleted(invoice, paymentIntentId);
    const outcomes = [];
    for (let i = 0; i < 3; i += 1) outcomes.push((await deliver(completed)).body);
    for (let i = 0; i < 3; i += 1) outcomes.push((await deliver(paymentIntentSucceeded(invoice, paymentIntentId))).body);
    expect(outcomes.slice(0, 3).map((body) => ("outcome" in body ? body.outcome : body))).toEqual(["processed", "duplicate", "duplicate"]);
    expect(await db().payment.count({ where: { externalReference: paymentIntentId } })).toBe(1);
    expect(await ledgerOf(order.id)).toEqual(await ledgerOfCleanDelivery());
    await expectLedgerClean();
  });

  it("reaches the same ledger when payment_intent.succeeded arrives before checkout.session.completed", async () => {
    const { order } = await orderAwaitingPayment(db());
    const invoice = await firstInvoice(order.id);
    const paymentIntentId = nextId("pi");
    expect((await deliver(paymentIntentSucceeded(invoice, paymentIntentId))).body).toMatchObject({ outcome: "processed" });
    expect((await deliver(checkoutCompleted(invoice, paymentIntentId))).body).toMatchObject({ outcome: "ignored" });
    expect((await db().order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("PAID");
    expect(await ledgerOf(order.id)).toEqual(await ledgerOfCleanDelivery());
    await expectLedgerClean();
  });

  it("refuses a bad or missing signature with 400 and stores nothing", async () => {
    const { order } = await orderAwaitingPayment(db());
    const invoice = await firstInvoice(order.id);
    const payload = checkoutCompleted(invoice, nextId("pi"));
    const before = await counts();
    const forged = [
      sign(payload, nowSeconds(), `whsec_${randomBytes(24).toString("hex")}`),
      sign(payload.replace(`"amount_total":${invoice.amountMinor}`, '"amount_total":1')),
      "t=1,v1=deadbeef",
      null,
    ];
    for (const header of forged) expect((await deliver(payload, header)).status).toBe(400);
    // A valid signature over another body does not vouch for this one.
    expect((await deliver(payload, sign(payload.replace("paid", "unpaid")))).status).toBe(400);
    expect(await counts()).toEqual(before);
    expect((await db().invoice.findUniqueOrThrow({ where: { id: invoice.id } })).status).toBe("ISSUED");
    await expectLedgerClean();
  });

  it("an hour later: the same event re-signed is a duplicate, the old signature is refused", async () => {
    const { order } = await orderAwaitingPayment(db());
    const invoice = await firstInvoice(order.id);
    const payload = checkoutCompleted(invoice, nextId("pi"));
    const originalHeader = sign(payload);
    expect((await deliver(payload, originalHeader)).body).toMatchObject({ outcome: "processed" });
    const before = await counts();

    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.now() + 3600_000);
    expect(await deliver(payload, sign(payload))).toEqual({ status: 200, body: { received: true, outcome: "duplicate" } });
    expect((await deliver(payload, originalHeader)).status).toBe(400);
    vi.useRealTimers();

    expect(await counts()).toEqual(before);
    expect(await ledgerOf(order.id)).toEqual(await ledgerOfCleanDelivery());
    await expectLedgerClean();
  });

  it("posts once when duplicate deliveries and both events arrive at the same moment", async () => {
    const { order } = await orderAwaitingPayment(db());
    const invoice = await firstInvoice(order.id);
    const paymentIntentId = nextId("pi");
    const completed = checkoutCompleted(invoice, paymentIntentId);
    const succeeded = paymentIntentSucceeded(invoice, paymentIntentId);
    const results = await Promise.all([completed, completed, succeeded, completed, succeeded].map((payload) => deliver(payload)));
    expect(results.map((result) => result.status)).toEqual([200, 200, 200, 200, 200]);
    expect(results.filter((result) => "outcome" in result.body && result.body.outcome === "processed")).toHaveLength(1);
    expect(await db().payment.count({ where: { externalReference: paymentIntentId } })).toBe(1);
    expect(await db().ledgerTransaction.count({ where: { invoiceId: invoice.id, kind: "PAYMENT_RECEIVED" } })).toBe(1);
    expect(await ledgerOf(order.id)).toEqual(await ledgerOfCleanDelivery());
    await expectLedgerClean();
  });

  it("answers 500 to a refund of an unknown payment without storing it, and posts it once after the payment arrives", async () => {
    const { order, buyer } = await orderAwaitingPayment(db());
    const invoice = await firstInvoice(order.id);
    const first = nextId("pi");
    await deliver(checkoutCompleted(invoice, first));
    // The buyer paid a second time through another session; that money is refunded in Stripe.
    const second = nextId("pi");
    const refundId = nextId("re");
    const refund = refundUpdated(second, refundId, Number(invoice.amountMinor));
    const refundEventId = (JSON.parse(refund) as { id: string }).id;

    const early = await deliver(refund);
    expect(early.status).toBe(500);
    expect(await db().stripeEvent.findUnique({ where: { id: refundEventId } })).toBeNull();
    expect(await db().refund.count({ where: { externalReference: refundId } })).toBe(0);

    expect((await deliver(paymentIntentSucceeded(invoice, second))).body).toMatchObject({ outcome: "processed" });
    expect(await deliver(refund)).toEqual({ status: 200, body: { received: true, outcome: "processed" } });
    expect((await deliver(refund)).body).toMatchObject({ outcome: "duplicate" });
    expect((await deliver(refundUpdated(second, refundId, Number(invoice.amountMinor)))).body).toMatchObject({ outcome: "ignored" });

    const refunds = await db().refund.findMany({ where: { externalReference: refundId } });
    expect(refunds).toHaveLength(1);
    expect(refunds[0]).toMatchObject({ status: "SUCCEEDED", amountMinor: invoice.amountMinor });
    expect(await db().ledgerTransaction.count({ where: { refundId: refunds[0]!.id, kind: "REFUND" } })).toBe(1);
    expect(await db().invoice.findUniqueOrThrow({ where: { id: invoice.id } })).toMatchObject({ status: "PAID", paidMinor: invoice.amountMinor });
    const receivable = await db().ledgerAccount.findUniqueOrThrow({ where: { key: `BUYER_RECEIVABLE:${buyer.organization.id}:KZT` } });
    expect(receivable.balanceMinor).toBe(0n);

    const amount = invoice.amountMinor;
    const extra = [`PLATFORM_CASH KZT ${amount}`, `BUYER_RECEIVABLE KZT ${-amount}`, `BUYER_RECEIVABLE KZT ${amount}`, `PLATFORM_CASH KZT ${-amount}`];
    expect(await ledgerOf(order.id)).toEqual([...(await ledgerOfCleanDelivery()), ...extra].sort());
    await expectLedgerClean();
  });

  it("keeps money for a voided invoice or in another currency as an unmatched receipt", async () => {
    const { order, buyer } = await orderAwaitingPayment(db());
    const invoice = await firstInvoice(order.id);
    await transitionOrder(db(), buyer, order.id, { to: "CANCELLED" });
    const voided = nextId("pi");
    expect((await deliver(paymentIntentSucceeded(invoice, voided))).body).toMatchObject({ outcome: "processed" });
    expect(await db().payment.findFirstOrThrow({ where: { externalReference: voided } })).toMatchObject({ status: "UNMATCHED", invoiceId: null, amountMinor: invoice.amountMinor });

    const other = await orderAwaitingPayment(db());
    const open = await firstInvoice(other.order.id);
    const inUsd = nextId("pi");
    await deliver(paymentIntentSucceeded(open, inUsd, 10_000, "usd"));
    expect(await db().payment.findFirstOrThrow({ where: { externalReference: inUsd } })).toMatchObject({ status: "UNMATCHED", currency: "USD", amountMinor: 10_000n });
    expect((await db().invoice.findUniqueOrThrow({ where: { id: open.id } })).status).toBe("ISSUED");
    expect(await db().ledgerTransaction.count({ where: { paymentId: { in: (await db().payment.findMany({ where: { externalReference: { in: [voided, inUsd] } } })).map((p) => p.id) }, kind: "PAYMENT_RECEIVED" } })).toBe(2);
    await expectLedgerClean();
  });

  it("stores and acknowledges other event types without posting", async () => {
    const before = await counts();
    const payload = stripeEvent("customer.created", { id: nextId("cus"), object: "customer" });
    expect(await deliver(payload)).toEqual({ status: 200, body: { received: true, outcome: "ignored" } });
    expect(await counts()).toEqual({ ...before, events: before.events + 1 });
    const stored = await db().stripeEvent.findUniqueOrThrow({ where: { id: (JSON.parse(payload) as { id: string }).id } });
    expect(stored.type).toBe("customer.created");
    expect(stored.processedAt).not.toBeNull();
  });
});
