// Outbound Stripe calls against a real database. The only double is Stripe's server: a loopback
// node:http server stands in for api.stripe.com (the SDK reaches it through its host/port/protocol
// options), records each request and answers like Stripe, including replaying the response for a
// repeated Idempotency-Key. Our code and the real SDK run unchanged.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { checkLedger } from "@/lib/ledger/check-ledger";
import { createInvoiceCheckout } from "@/lib/payments/stripe/create-invoice-checkout";
import { receiveStripeWebhook } from "@/lib/payments/stripe/receive-stripe-webhook";
import { refundStripePayment } from "@/lib/payments/stripe/refund-stripe-payment";
import { createStripeClient } from "@/lib/payments/stripe/stripe-config";
import { stripeMethodsFor } from "@/lib/payments/stripe/stripe-currencies";
import { createActor } from "../support/factories";
import { orderAwaitingPayment, seedSettlementBasics } from "../support/settlement-fixtures";
import { setupTestDatabase } from "../support/setup-test-db";

const db = setupTestDatabase();
const webhookSecret = `whsec_${randomBytes(24).toString("hex")}`;
const origin = "https://karavan.test";

type Recorded = { method: string; path: string; headers: http.IncomingHttpHeaders; form: URLSearchParams };
type Reply = { status: number; body: Record<string, unknown> } | "drop";

const requests: Recorded[] = [];
const replayed = new Map<string, Reply>();
/** How the fake answers the next request; tests swap it. `drop` closes the socket without an answer. */
let answer: (request: Recorded, index: number) => Reply;
let created = 0;

function stripeLike(request: Recorded): Reply {
  created += 1;
  if (request.path === "/v1/checkout/sessions") {
    const id = `cs_test_${created}`;
    return { status: 200, body: { id, object: "checkout.session", mode: "payment", url: `https://checkout.stripe.test/c/pay/${id}`, payment_intent: null, payment_status: "unpaid", status: "open" } };
  }
  if (request.path === "/v1/refunds") {
    return {
      status: 200,
      body: { id: `re_test_${created}`, object: "refund", status: "succeeded", amount: Number(request.form.get("amount")), currency: "kzt", payment_intent: request.form.get("payment_intent"), metadata: { refundId: request.form.get("metadata[refundId]") } },
    };
  }
  return { status: 404, body: { error: { type: "invalid_request_error", message: `No such path ${request.path}` } } };
}

const server = http.createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on("data", (chunk: Buffer) => chunks.push(chunk));
  req.on("end", () => {
    const recorded: Recorded = { method: req.method ?? "", path: req.url ?? "", headers: req.headers, form: new URLSearchParams(Buffer.concat(chunks).toString("utf8")) };
    requests.push(recorded);
    const key = String(req.headers["idempotency-key"] ?? "");
    // Like Stripe: a request repeated with the same key gets the first result of a request that ran — also when
    // the connection died before the answer arrived ("drop" ran the request); a 5xx that never ran is not kept.
    const reply = replayed.get(key) ?? answer(recorded, requests.length - 1);
    if (key && !replayed.has(key) && (reply === "drop" || reply.status < 500)) replayed.set(key, reply === "drop" ? stripeLike(recorded) : reply);
    if (reply === "drop") {
      req.socket.destroy();
      return;
    }
    res.writeHead(reply.status, { "content-type": "application/json", "request-id": `req_${requests.length}` });
    res.end(JSON.stringify(reply.body));
  });
});

let stripe: ReturnType<typeof createStripeClient>;

beforeAll(async () => {
  await seedSettlementBasics(db());
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  stripe = createStripeClient({ secretKey: "sk_test_outbound", host: `http://127.0.0.1:${(server.address() as AddressInfo).port}` });
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

beforeEach(() => {
  requests.length = 0;
  answer = stripeLike;
});

async function expectLedgerClean() {
  expect((await checkLedger(db())).violations).toEqual([]);
}

/** An order small enough for Stripe's eight-digit limit: 10 panels at 600.00 CNY, invoiced in KZT. */
async function smallOrder() {
  const fixture = await orderAwaitingPayment(db(), { quantity: 10 });
  const invoice = await db().invoice.findFirstOrThrow({ where: { orderId: fixture.order.id } });
  return { ...fixture, invoice };
}

describe("Stripe Checkout for an invoice", () => {
  it("sends the invoice's amount, currency, methods and metadata under a derived idempotency key and stores the session", async () => {
    const { buyer, order, invoice } = await smallOrder();
    const checkout = await createInvoiceCheckout(db(), buyer, invoice.id, { stripe, origin, locale: "kk" });

    expect(requests).toHaveLength(1);
    const [request] = requests;
    expect(request).toMatchObject({ method: "POST", path: "/v1/checkout/sessions" });
    expect(request!.headers.authorization).toBe("Bearer sk_test_outbound");
    const key = String(request!.headers["idempotency-key"]);
    expect(key.startsWith(`checkout:${invoice.id}:${invoice.amountMinor}:0:`)).toBe(true);
    const form = Object.fromEntries(request!.form);
    expect(form).toMatchObject({
      mode: "payment",
      client_reference_id: invoice.id,
      locale: "ru",
      "line_items[0][quantity]": "1",
      "line_items[0][price_data][currency]": "kzt",
      "line_items[0][price_data][unit_amount]": String(invoice.amountMinor),
      "line_items[0][price_data][product_data][name]": `${invoice.number} / ${order.number}`,
      "allowed_payment_method_types[0]": "card",
      "metadata[invoiceId]": invoice.id,
      "metadata[orderId]": order.id,
      "metadata[paymentReference]": invoice.paymentReference,
      "payment_intent_data[metadata][invoiceId]": invoice.id,
      "payment_intent_data[metadata][paymentReference]": invoice.paymentReference,
      success_url: `${origin}/kk/orders/${order.id}/settlement?paid=stripe`,
      cancel_url: `${origin}/kk/orders/${order.id}/settlement`,
    });
    expect(form["allowed_payment_method_types[1]"]).toBeUndefined();

    const row = await db().stripeCheckout.findUniqueOrThrow({ where: { id: checkout.id } });
    expect(row).toMatchObject({ invoiceId: invoice.id, url: checkout.url, currency: "KZT", amountMinor: invoice.amountMinor, idempotencyKey: key });

    // A real second attempt is a new session under a new key.
    const again = await createInvoiceCheckout(db(), buyer, invoice.id, { stripe, origin, locale: "kk" });
    expect(again.id).not.toBe(checkout.id);
    expect(String(requests[1]!.headers["idempotency-key"])).not.toBe(key);
    expect(await db().stripeCheckout.count({ where: { invoiceId: invoice.id } })).toBe(2);
  });

  it("retries a dropped connection or a 500 with the same Idempotency-Key and stores one session", async () => {
    const failures: Reply[] = ["drop", { status: 500, body: { error: { type: "api_error", message: "Something went wrong" } } }];
    for (const failure of failures) {
      requests.length = 0;
      const { buyer, invoice } = await smallOrder();
      answer = (request, index) => (index === 0 ? failure : stripeLike(request));
      const checkout = await createInvoiceCheckout(db(), buyer, invoice.id, { stripe, origin, locale: "en" });
      expect(requests).toHaveLength(2);
      expect(requests[1]!.headers["idempotency-key"]).toBe(requests[0]!.headers["idempotency-key"]);
      const rows = await db().stripeCheckout.findMany({ where: { invoiceId: invoice.id } });
      expect(rows.map((row) => row.id)).toEqual([checkout.id]);
    }
  });

  it("hides other companies' invoices, refuses the supplier, and sends nothing to Stripe", async () => {
    const { supplier, invoice } = await smallOrder();
    const stranger = await createActor(db(), { type: "BUYER" });
    await expect(createInvoiceCheckout(db(), stranger, invoice.id, { stripe, origin, locale: "en" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(createInvoiceCheckout(db(), supplier, invoice.id, { stripe, origin, locale: "en" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(createInvoiceCheckout(db(), stranger, "not-a-uuid", { stripe, origin, locale: "en" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(requests).toHaveLength(0);
    expect(await db().stripeCheckout.count({ where: { invoiceId: invoice.id } })).toBe(0);
  });

  it("refuses return URLs on other sites and amounts beyond Stripe's limit", async () => {
    const { buyer, invoice } = await smallOrder();
    for (const successUrl of ["https://evil.example/x", "//evil.example/x", "javascript:alert(1)"]) {
      await expect(createInvoiceCheckout(db(), buyer, invoice.id, { stripe, origin, locale: "en", successUrl })).rejects.toMatchObject({ code: "VALIDATION_FAILED" });
    }
    // Without a known origin (a server action passing its own URLs) both must be absolute http(s) URLs.
    await expect(createInvoiceCheckout(db(), buyer, invoice.id, { stripe, locale: "en", successUrl: "javascript:alert(1)", cancelUrl: `${origin}/en` })).rejects.toMatchObject({ code: "VALIDATION_FAILED" });
    await expect(createInvoiceCheckout(db(), buyer, invoice.id, { stripe, locale: "en" })).rejects.toMatchObject({ code: "VALIDATION_FAILED" });
    const large = await orderAwaitingPayment(db());
    const largeInvoice = await db().invoice.findFirstOrThrow({ where: { orderId: large.order.id } });
    await expect(createInvoiceCheckout(db(), large.buyer, largeInvoice.id, { stripe, origin, locale: "en" })).rejects.toMatchObject({ code: "CONFLICT", details: { messageKey: "settlement:errors.stripe_amount_out_of_range" } });
    expect(requests).toHaveLength(0);
  });

  it("offers the wallets only where Stripe presents them and refuses RUB", () => {
    expect(stripeMethodsFor("CNY")).toEqual(["card", "alipay", "wechat_pay"]);
    expect(stripeMethodsFor("KZT")).toEqual(["card"]);
    expect(stripeMethodsFor("RUB")).toBeNull();
    expect(stripeMethodsFor("XXX")).toBeNull();
  });
});

describe("refunding a Stripe payment", () => {
  /** A paid invoice plus 10.00 KZT over-payment, received by webhook — refundable: 10.00. */
  async function overpaidStripePayment() {
    const { finance, invoice } = await smallOrder();
    const paymentIntentId = `pi_test_${randomBytes(6).toString("hex")}`;
    const amount = Number(invoice.amountMinor) + 1000;
    const payload = JSON.stringify({
      id: `evt_test_${randomBytes(6).toString("hex")}`, object: "event", created: Math.floor(Date.now() / 1000), type: "payment_intent.succeeded",
      data: { object: { id: paymentIntentId, object: "payment_intent", amount, amount_received: amount, currency: "kzt", status: "succeeded", metadata: { invoiceId: invoice.id, orderId: invoice.orderId, paymentReference: invoice.paymentReference } } },
    });
    const result = await receiveStripeWebhook(db(), { stripe, webhookSecret }, payload, stripe.webhooks.generateTestHeaderString({ payload, secret: webhookSecret }));
    expect(result.status).toBe(200);
    const payment = await db().payment.findFirstOrThrow({ where: { externalReference: paymentIntentId } });
    return { finance, payment, paymentIntentId };
  }

  it("sends refund:<id> as the idempotency key and posts once when Stripe answers succeeded", async () => {
    const { finance, payment, paymentIntentId } = await overpaidStripePayment();
    await expect(refundStripePayment(db(), finance, payment.id, { amount: { amount: "10.01", currency: "KZT" }, reason: "Over-payment returned" }, { stripe })).rejects.toMatchObject({ code: "VALIDATION_FAILED" });
    const refund = await refundStripePayment(db(), finance, payment.id, { amount: { amount: "10.00", currency: "KZT" }, reason: "Over-payment returned" }, { stripe });
    expect(refund.status).toBe("SUCCEEDED");

    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatchObject({ method: "POST", path: "/v1/refunds" });
    expect(requests[0]!.headers["idempotency-key"]).toBe(`refund:${refund.id}`);
    expect(Object.fromEntries(requests[0]!.form)).toMatchObject({ payment_intent: paymentIntentId, amount: "1000", "metadata[refundId]": refund.id });

    const row = await db().refund.findUniqueOrThrow({ where: { id: refund.id } });
    expect(row).toMatchObject({ status: "SUCCEEDED", amountMinor: 1000n, externalReference: expect.stringMatching(/^re_test_/) });
    expect((await db().payment.findUniqueOrThrow({ where: { id: payment.id } })).refundedMinor).toBe(1000n);

    // Stripe's own event about the same refund finds it settled and posts nothing more.
    const payload = JSON.stringify({
      id: `evt_test_${randomBytes(6).toString("hex")}`, object: "event", created: Math.floor(Date.now() / 1000), type: "refund.updated",
      data: { object: { id: row.externalReference, object: "refund", status: "succeeded", amount: 1000, currency: "kzt", payment_intent: paymentIntentId, metadata: { refundId: refund.id } } },
    });
    const result = await receiveStripeWebhook(db(), { stripe, webhookSecret }, payload, stripe.webhooks.generateTestHeaderString({ payload, secret: webhookSecret }));
    expect(result).toEqual({ status: 200, body: { received: true, outcome: "ignored" } });
    expect(await db().ledgerTransaction.count({ where: { refundId: refund.id, kind: "REFUND" } })).toBe(1);
    // Nothing is left to refund.
    await expect(refundStripePayment(db(), finance, payment.id, { amount: { amount: "0.01", currency: "KZT" }, reason: "Again" }, { stripe })).rejects.toMatchObject({ code: "VALIDATION_FAILED" });
    await expectLedgerClean();
  });

  it("marks the refund FAILED and posts nothing when Stripe refuses it", async () => {
    const { finance, payment } = await overpaidStripePayment();
    answer = () => ({ status: 400, body: { error: { type: "invalid_request_error", code: "charge_already_refunded", message: "Charge has already been refunded." } } });
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    await expect(refundStripePayment(db(), finance, payment.id, { amount: { amount: "10.00", currency: "KZT" }, reason: "Over-payment returned" }, { stripe })).rejects.toMatchObject({
      code: "INTERNAL",
      details: { messageKey: "settlement:errors.stripe_unavailable" },
    });
    expect(logged).toHaveBeenCalledTimes(1);
    logged.mockRestore();
    const refunds = await db().refund.findMany({ where: { paymentId: payment.id } });
    expect(refunds.map((refund) => refund.status)).toEqual(["FAILED"]);
    expect(await db().ledgerTransaction.count({ where: { paymentId: payment.id, kind: "REFUND" } })).toBe(0);
    await expect(refundStripePayment(db(), await createActor(db(), { type: "BUYER" }), payment.id, { amount: { amount: "10.00", currency: "KZT" }, reason: "x".repeat(5) }, { stripe })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expectLedgerClean();
  });
});
