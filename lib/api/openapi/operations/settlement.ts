import { z } from "zod";
import { bankTransferInputSchema } from "@/lib/settlement/bank-transfer-input";
import { matchInputSchema } from "@/lib/settlement/match-payment";
import { refundInputSchema } from "@/lib/settlement/refund-payment";
import { payoutInputSchema } from "@/lib/settlement/release-payout";
import { statementQuerySchema } from "@/lib/settlement/statement-input";
import type { ApiOperation } from "../types";

const uuidParam = (description: string) => z.object({ id: z.uuid().meta({ description, examples: ["9e3b1d7a-4c2f-4a8e-b6d1-2f5a7c9e0b34"] }) });

const bankTransferFieldDocs: Record<string, string> = {
  paymentReference: "The payment details exactly as the bank passed them on (1–200 characters); the invoice's reference (KRV-XXXX-XXXX-X) is found in it even when case, dashes, O/0 or Cyrillic look-alike letters were mangled.",
  amount: "Amount received, in the transfer's currency.",
  bankReference: "The bank's own transaction reference (3–64 characters); unique — the same transfer recorded twice is refused with 409.",
  valueDate: "Value date (YYYY-MM-DD), not in the future.",
  payerName: "Who sent the money, as on the statement (optional).",
};


export const settlementOperations: ApiOperation[] = [
  {
    operationId: "getOrderSettlement",
    method: "get",
    path: "/api/v1/orders/{id}/settlement",
    tag: "Settlement",
    summary: "Get an order's settlement record",
    description:
      "For the order's buyer, its supplier and trade-hub staff. Invoices (with payment reference, amount, paid, the part of the order they cover and a PDF link), payments and refunds, the supplier's payout (not shown to the buyer), every FX snapshot used, and the ledger entries behind each figure. total, paid and outstanding are in the invoices' currency.",
    auth: "required",
    pathParams: uuidParam("Order ID."),
    success: [{ status: 200, description: "The settlement record.", body: "Settlement" }],
    errors: ["UNAUTHENTICATED", "NOT_FOUND", "INTERNAL"],
  },
  {
    operationId: "getInvoicePdf",
    method: "get",
    path: "/api/v1/invoices/{id}/pdf",
    tag: "Settlement",
    summary: "Download a proforma invoice (PDF)",
    description: "The bilingual proforma invoice (the buyer's language and English, or English and Russian) with the platform's bank details and the payment reference. For the order's buyer, its supplier and trade-hub staff.",
    auth: "required",
    pathParams: uuidParam("Invoice ID."),
    success: [{ status: 200, description: "The invoice.", body: { files: ["application/pdf"] } }],
    errors: ["UNAUTHENTICATED", "NOT_FOUND", "INTERNAL"],
  },
  {
    operationId: "createInvoiceCheckout",
    method: "post",
    path: "/api/v1/invoices/{id}/checkout",
    tag: "Settlement",
    summary: "Pay an invoice by card, Alipay or WeChat Pay",
    description:
      "For the buyer's company, when the platform has Stripe configured. Creates a Stripe Checkout Session for what is still open on the invoice, in the invoice's currency, and answers { id, url }; send the user to url. The payment is recorded when Stripe confirms it (webhook). 409 when the invoice is paid or void, or Stripe cannot charge its currency (pay by bank transfer then).",
    auth: "required",
    access: "buyer",
    pathParams: uuidParam("Invoice ID."),
    success: [{ status: 201, description: "The Checkout Session.", body: null }],
    errors: ["BAD_REQUEST", "UNAUTHENTICATED", "NOT_FOUND", "CONFLICT", "VALIDATION_FAILED", "INTERNAL"],
  },
  {
    operationId: "recordBankTransfer",
    method: "post",
    path: "/api/v1/payments/bank-transfers",
    tag: "Settlement",
    summary: "Record an incoming bank transfer",
    description:
      "For trade-hub finance staff. The transfer is matched to the invoice whose payment reference it carries, in the same currency, and posted to the ledger; a partial payment leaves the invoice partly paid, an over-payment is kept as the buyer's credit. A transfer that matches no open invoice is kept as an unmatched receipt (status UNMATCHED, with the reason) for POST …/payments/{id}/match. The same bankReference again → 409 and nothing is posted.",
    auth: "required",
    access: "finance",
    body: {
      contentType: "application/json",
      component: "BankTransferInput",
      schema: bankTransferInputSchema,
      example: { paymentReference: "Оплата по счету KRV-7K3M-9QX2-4", amount: { amount: "4122050.56", currency: "KZT" }, bankReference: "HSBK-2026-11-28-000731", valueDate: "2026-11-28" },
      fieldDocs: bankTransferFieldDocs,
    },
    success: [{ status: 201, description: "The recorded transfer and whether it was matched.", body: "RecordedTransfer" }],
    errors: ["BAD_REQUEST", "UNAUTHENTICATED", "FORBIDDEN", "CONFLICT", "VALIDATION_FAILED", "INTERNAL"],
  },
  {
    operationId: "matchPayment",
    method: "post",
    path: "/api/v1/payments/{id}/match",
    tag: "Settlement",
    summary: "Match an unmatched transfer to an invoice",
    description: "For trade-hub finance staff: places an unmatched receipt on the invoice named by its payment reference or invoice number. The currencies must be the same.",
    auth: "required",
    access: "finance",
    pathParams: uuidParam("Payment ID."),
    body: { contentType: "application/json", component: "MatchPaymentInput", schema: matchInputSchema, example: { invoiceReference: "INV-2026-000003" }, fieldDocs: { invoiceReference: "The invoice's payment reference or number." } },
    success: [{ status: 200, description: "Where the payment went.", body: "MatchedPayment" }],
    errors: ["BAD_REQUEST", "UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND", "CONFLICT", "VALIDATION_FAILED", "INTERNAL"],
  },
  {
    operationId: "refundPayment",
    method: "post",
    path: "/api/v1/payments/{id}/refunds",
    tag: "Settlement",
    summary: "Refund a payment",
    description:
      "For trade-hub finance staff. At most what is refundable: an unmatched receipt in full, a payment on a void invoice (cancelled order) in full, otherwise only the over-payment. Card payments are refunded through Stripe and posted when Stripe confirms; bank transfers are posted at once (give the outgoing transfer's bankReference).",
    auth: "required",
    access: "finance",
    pathParams: uuidParam("Payment ID."),
    body: { contentType: "application/json", component: "RefundInput", schema: refundInputSchema, example: { amount: { amount: "1000.00", currency: "KZT" }, reason: "Over-payment returned", bankReference: "OUT-2026-000041" }, fieldDocs: { amount: "Amount to return, in the payment's currency.", reason: "Why (3–500 characters); kept in the audit log.", bankReference: "The outgoing transfer's reference (bank transfers only)." } },
    success: [{ status: 201, description: "The refund.", body: null }],
    errors: ["BAD_REQUEST", "UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND", "CONFLICT", "VALIDATION_FAILED", "INTERNAL"],
  },
  {
    operationId: "releasePayout",
    method: "post",
    path: "/api/v1/orders/{id}/payout",
    tag: "Settlement",
    summary: "Release the supplier's payout",
    description:
      "For trade-hub finance staff, once delivery is confirmed and every invoice is paid: the order's value less the category's commission is paid to the supplier in the chosen currency (CNY by default) at the current rate. Once per order: a second release → 409. The body is optional.",
    auth: "required",
    access: "finance",
    pathParams: uuidParam("Order ID."),
    body: { contentType: "application/json", component: "PayoutInput", schema: payoutInputSchema, example: { currency: "CNY", bankReference: "OUT-2026-000042" }, fieldDocs: { currency: "Payout currency (default CNY).", bankReference: "The outgoing transfer's reference." } },
    success: [{ status: 201, description: "The payout: { id, amount }.", body: "PayoutReleased" }],
    errors: ["BAD_REQUEST", "UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND", "CONFLICT", "VALIDATION_FAILED", "INTERNAL"],
  },
  {
    operationId: "getStatement",
    method: "get",
    path: "/api/v1/statements",
    tag: "Settlement",
    summary: "Get an account statement",
    description: "Your company's statement for one currency and period (trade-hub staff: any company's, with organizationId), straight from the ledger, as JSON, CSV (amounts as plain decimals) or PDF.",
    auth: "required",
    query: statementQuerySchema,
    queryDocs: {
      currency: "Currency of the account.",
      from: "First day (YYYY-MM-DD, UTC).",
      to: "Last day, included.",
      organizationId: "Whose statement (trade-hub staff only).",
      format: "json (default), csv or pdf.",
    },
    exampleQuery: { currency: "KZT", from: "2026-11-01", to: "2026-11-30", format: "csv" },
    success: [
      { status: 200, description: "The statement.", body: "Statement" },
    ],
    errors: ["UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND", "VALIDATION_FAILED", "INTERNAL"],
  },
  {
    operationId: "receiveStripeWebhook",
    method: "post",
    path: "/api/webhooks/stripe",
    tag: "Settlement",
    summary: "Stripe webhook",
    description:
      "Called by Stripe, not by clients. The Stripe-Signature header is verified on the raw body (400 when it is missing, wrong or too old); each event id is processed once, so duplicate, retried and out-of-order deliveries post to the ledger exactly once. 404 when Stripe is not configured.",
    auth: "none",
    success: [{ status: 200, description: "Event received (or already received).", body: null }],
    errors: ["BAD_REQUEST", "NOT_FOUND", "INTERNAL"],
  },
];
