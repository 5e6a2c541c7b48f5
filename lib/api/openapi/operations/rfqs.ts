import { z } from "zod";
import { currencyCodes, type CurrencyCode } from "@/lib/money/currencies";
import { rfqListQuerySchema } from "@/lib/rfq/list-rfqs";
import { counterInputSchema, messageInputSchema, quoteInputSchema } from "@/lib/rfq/quote-input";
import { rfqInputSchema } from "@/lib/rfq/rfq-input";
import { invitableSuppliersQuerySchema } from "@/lib/rfq/list-invitable-suppliers";
import type { ApiOperation } from "../types";

const rfqIdParams = z.object({ id: z.uuid().meta({ description: "RFQ ID.", examples: ["7c2e9a41-3b5d-4f8e-a1c6-0d9e8f7a6b5c"] }) });
const quoteIdParams = z.object({ id: z.uuid().meta({ description: "Quote ID: one supplier's negotiation on an RFQ.", examples: ["1a4f7c2e-8b3d-4e6f-9a0b-5c7d9e1f3a2b"] }) });

/** GET …/comparison: the route reads `currency` itself and falls back to the buyer's own for anything else. */
const comparisonQuerySchema = z.object({
  currency: z
    .enum(currencyCodes as [CurrencyCode, ...CurrencyCode[]])
    .optional()
    .meta({ description: "Currency to compare the quotes in; by default your company's own (KZT, UZS, KGS…). An unknown code is ignored." }),
});

const attachmentIdsDoc = "IDs of files uploaded with POST /api/v1/attachments (at most 10), each not attached anywhere yet.";

const rfqFieldDocs: Record<string, string> = {
  title: "What you need, in a few words (3–200 characters).",
  description: "Specification, standards, packing and anything else suppliers need to quote.",
  language: "The language the RFQ is written in; by default your preferred language.",
  categorySlug: "Slug of a leaf category, e.g. copper-power-cable: the RFQ goes to verified suppliers with published listings there.",
  quantity: "Quantity wanted, in units.",
  unit: "Unit that quantities and prices refer to.",
  targetPrice: "Optional target unit price: { amount, currency }.",
  incoterm: "Incoterms 2020 rule you want to buy on.",
  namedPlace: "Named place of the Incoterm, e.g. Almaty.",
  destination: "Where the goods go: { country (ISO 3166-1 alpha-2), city }.",
  requiredBy: "Date the goods are needed by (YYYY-MM-DD), at most three years ahead.",
  expiresAt: "When quoting closes (ISO 8601 with offset): in the future, at most 90 days ahead and not after requiredBy.",
  visibility: "CATEGORY: every verified supplier of the category, plus the invited ones; INVITED: only the invited suppliers.",
  invitedSupplierIds: "Organization IDs of verified suppliers to invite (at most 20).",
  attachmentIds: attachmentIdsDoc,
  listingId: "The listing the RFQ starts from; its supplier is invited.",
  publish: "false: save a draft to publish later; default true (routed to suppliers at once).",
};

const quoteFieldDocs: Record<string, string> = {
  unitPrice: "Unit price { amount, currency } in CNY, USD or the buyer's own currency.",
  quantity: "Quantity the price is for, in the RFQ's unit.",
  quantityBreaks: "Lower unit prices from larger quantities (at most 10), quantities increasing.",
  "quantityBreaks[].minQty": "From this quantity on, this unit price applies; above the quoted quantity.",
  "quantityBreaks[].unitPrice": "Unit price as a decimal string in the currency of unitPrice, e.g. 171.50.",
  leadTimeDays: "Production lead time, in days.",
  incoterm: "Incoterms 2020 rule of the offer.",
  namedPlace: "Named place of the Incoterm, e.g. Almaty.",
  validUntil: "Until when the offer holds (ISO 8601 with offset), at most 180 days ahead.",
  paymentTerms: "Payment terms, e.g. 30% advance, 70% before shipment.",
  note: "Anything else the buyer should know (at most 2000 characters).",
  attachmentIds: attachmentIdsDoc,
};

const counterFieldDocs: Record<string, string> = {
  unitPrice: "The unit price you propose { amount, currency }; leave out to keep the current one.",
  quantity: "The quantity you propose; leave out to keep the current one.",
  leadTimeDays: "The lead time you propose, in days; leave out to keep the current one.",
  incoterm: "The Incoterms rule you propose; leave out to keep the current one.",
  namedPlace: "The named place you propose; leave out to keep the current one.",
  paymentTerms: "The payment terms you propose; leave out to keep the current ones.",
  note: "Why, or anything else the supplier should know.",
};

const messageFieldDocs: Record<string, string> = {
  body: "The message (at most 5000 characters).",
  attachmentIds: attachmentIdsDoc,
};

export const rfqOperations: ApiOperation[] = [
  {
    operationId: "listInvitableSuppliers",
    method: "get",
    path: "/api/v1/suppliers",
    tag: "RFQs",
    summary: "List the suppliers a buyer can invite",
    description: "For buyers preparing an RFQ with visibility INVITED: the verified suppliers with published listings in the category, by name. Only they can receive the RFQ.",
    auth: "required",
    query: invitableSuppliersQuerySchema,
    queryDocs: { category: "Slug of a leaf category, e.g. solar-panel." },
    exampleQuery: { category: "solar-panel" },
    success: [{ status: 200, description: "The suppliers.", body: "InvitableSupplierList" }],
    errors: ["UNAUTHENTICATED", "FORBIDDEN", "VALIDATION_FAILED", "INTERNAL"],
  },
  {
    operationId: "listRfqs",
    method: "get",
    path: "/api/v1/rfqs",
    tag: "RFQs",
    summary: "List RFQs",
    description:
      "A buyer gets its company's RFQs, a supplier the RFQs routed to it (drafts never), trade-hub staff every RFQ. Newest first. An OPEN RFQ past its expiry counts as EXPIRED. Invalid filter values are ignored.",
    auth: "required",
    query: rfqListQuerySchema,
    queryDocs: {
      status: "Only RFQs in this state.",
      page: "Page number, from 1.",
      pageSize: "RFQs per page (at most 100).",
    },
    exampleQuery: { status: "OPEN", page: "1" },
    success: [{ status: 200, description: "One page of RFQs, short form.", body: "RfqPage" }],
    errors: ["UNAUTHENTICATED", "FORBIDDEN", "INTERNAL"],
  },
  {
    operationId: "createRfq",
    method: "post",
    path: "/api/v1/rfqs",
    tag: "RFQs",
    summary: "Create a request for quotation",
    description:
      "For buyer accounts. Published at once unless `publish` is false: the RFQ is routed to the invited suppliers and, with CATEGORY visibility, to every verified supplier with published listings in its category; each is notified. Attach files by uploading them first.",
    auth: "required",
    body: {
      contentType: "application/json",
      component: "RfqInput",
      schema: rfqInputSchema,
      example: {
        title: "Copper power cable YJV 3×95 mm², 5 km",
        description: "0.6/1 kV, XLPE insulation, PVC sheath, on drums of 500 m. EAC certificate required.",
        categorySlug: "copper-power-cable",
        quantity: 5000,
        unit: "m",
        targetPrice: { amount: "175.00", currency: "CNY" },
        incoterm: "DAP",
        namedPlace: "Almaty",
        destination: { country: "KZ", city: "Almaty" },
        requiredBy: "2027-03-01",
        expiresAt: "2026-12-20T18:00:00+05:00",
      },
      fieldDocs: rfqFieldDocs,
    },
    success: [{ status: 201, description: "The RFQ's ID, number and status (OPEN, or DRAFT when not published).", body: "RfqCreated", headers: { Location: "URL of the new RFQ." } }],
    errors: ["BAD_REQUEST", "UNAUTHENTICATED", "FORBIDDEN", "VALIDATION_FAILED", "INTERNAL"],
  },
  {
    operationId: "getRfq",
    method: "get",
    path: "/api/v1/rfqs/{id}",
    tag: "RFQs",
    summary: "Get an RFQ with its negotiations",
    description:
      "The buyer's company and hub staff see every quote; a supplier the RFQ was routed to sees only its own negotiation (never another supplier's). Anyone else gets 404. A supplier's first read is recorded as viewed.",
    auth: "required",
    pathParams: rfqIdParams,
    success: [{ status: 200, description: "The RFQ.", body: "Rfq" }],
    errors: ["UNAUTHENTICATED", "NOT_FOUND", "INTERNAL"],
  },
  {
    operationId: "listRfqQuotes",
    method: "get",
    path: "/api/v1/rfqs/{id}/quotes",
    tag: "RFQs",
    summary: "List the quotes of an RFQ",
    description: "The negotiations you may see, as in GET /api/v1/rfqs/{id}: all of them for the buyer and hub staff, only its own for a supplier.",
    auth: "required",
    pathParams: rfqIdParams,
    success: [{ status: 200, description: "The negotiations with every revision and message.", body: "QuoteList" }],
    errors: ["UNAUTHENTICATED", "NOT_FOUND", "INTERNAL"],
  },
  {
    operationId: "submitQuote",
    method: "post",
    path: "/api/v1/rfqs/{id}/quotes",
    tag: "RFQs",
    summary: "Quote on an RFQ (supplier)",
    description:
      "For verified suppliers the RFQ was routed to, while it is open. The first call opens your negotiation with offer #1; later calls add revisions, which also answer a counter-offer. 409 when the RFQ is no longer open or the negotiation is closed.",
    auth: "required",
    access: "supplier",
    pathParams: rfqIdParams,
    body: {
      contentType: "application/json",
      component: "QuoteInput",
      schema: quoteInputSchema,
      example: {
        unitPrice: { amount: "176.90", currency: "CNY" },
        quantity: 5000,
        quantityBreaks: [{ minQty: 10000, unitPrice: "171.50" }],
        leadTimeDays: 21,
        incoterm: "DAP",
        namedPlace: "Almaty",
        validUntil: "2026-12-31T23:59:59+08:00",
        paymentTerms: "30% advance, 70% before shipment",
      },
      fieldDocs: quoteFieldDocs,
    },
    success: [{ status: 201, description: "The negotiation with its new revision number.", body: "QuoteRevisionResult" }],
    errors: ["BAD_REQUEST", "UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND", "CONFLICT", "VALIDATION_FAILED", "INTERNAL"],
  },
  {
    operationId: "cancelRfq",
    method: "post",
    path: "/api/v1/rfqs/{id}/cancel",
    tag: "RFQs",
    summary: "Cancel an RFQ",
    description: "The buyer withdraws a draft or open RFQ. Open negotiations are declined and their suppliers notified. 409 when the RFQ is already awarded, expired or cancelled.",
    auth: "required",
    pathParams: rfqIdParams,
    success: [{ status: 200, description: "The RFQ, now CANCELLED.", body: "RfqCancelled" }],
    errors: ["UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND", "CONFLICT", "INTERNAL"],
  },
  {
    operationId: "publishRfq",
    method: "post",
    path: "/api/v1/rfqs/{id}/publish",
    tag: "RFQs",
    summary: "Publish a draft RFQ",
    description: "Routes a saved draft to suppliers, as creating it with `publish: true` would. Its dates must still be valid. 409 when it is not a draft.",
    auth: "required",
    pathParams: rfqIdParams,
    success: [{ status: 200, description: "How many suppliers received the RFQ.", body: "RfqPublished" }],
    errors: ["UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND", "CONFLICT", "VALIDATION_FAILED", "INTERNAL"],
  },
  {
    operationId: "compareRfqQuotes",
    method: "get",
    path: "/api/v1/rfqs/{id}/comparison",
    tag: "RFQs",
    summary: "Compare the quotes of an RFQ in one currency",
    description:
      "For the buyer: every live quote side by side, its latest offer converted into one currency at the current rate. The rates used come back as snapshots, so the comparison can be reproduced later.",
    auth: "required",
    pathParams: rfqIdParams,
    query: comparisonQuerySchema,
    exampleQuery: { currency: "KZT" },
    success: [{ status: 200, description: "The quotes and the rates used.", body: "QuoteComparison" }],
    errors: ["UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND", "INTERNAL"],
  },
  {
    operationId: "acceptQuote",
    method: "post",
    path: "/api/v1/quotes/{id}/accept",
    tag: "RFQs",
    summary: "Accept a quote and place the order",
    description:
      "For the buyer: awards the RFQ to this quote in one step — the order is created from the latest offer, every other open quote is declined and the RFQ closed. Only an unexpired offer can be accepted (not while your counter-offer waits for an answer). A second accept gets 409.",
    auth: "required",
    pathParams: quoteIdParams,
    success: [{ status: 201, description: "The new order.", body: "OrderAccepted", headers: { Location: "URL of the new order." } }],
    errors: ["UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND", "CONFLICT", "INTERNAL"],
  },
  {
    operationId: "withdrawQuote",
    method: "post",
    path: "/api/v1/quotes/{id}/withdraw",
    tag: "RFQs",
    summary: "Withdraw a quote",
    description: "For the quoting supplier: takes the offer off the table while the RFQ is open; it can no longer be accepted and the buyer is told. The history stays. 409 when the RFQ or the negotiation is closed.",
    auth: "required",
    pathParams: quoteIdParams,
    success: [{ status: 200, description: "The quote, now WITHDRAWN.", body: "QuoteWithdrawn" }],
    errors: ["UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND", "CONFLICT", "INTERNAL"],
  },
  {
    operationId: "counterQuote",
    method: "post",
    path: "/api/v1/quotes/{id}/counter",
    tag: "RFQs",
    summary: "Make a counter-offer",
    description:
      "For the buyer: proposes other terms as a new revision, built from the latest one with your changes (send at least one). The supplier answers with a revised quote; until then the quote cannot be accepted. 409 when the RFQ or the negotiation is closed.",
    auth: "required",
    pathParams: quoteIdParams,
    body: {
      contentType: "application/json",
      component: "CounterInput",
      schema: counterInputSchema,
      example: { unitPrice: { amount: "170.00", currency: "CNY" }, note: "We can confirm today at this price." },
      fieldDocs: counterFieldDocs,
    },
    success: [{ status: 201, description: "The negotiation with its new revision number, now COUNTERED.", body: "QuoteRevisionResult" }],
    errors: ["BAD_REQUEST", "UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND", "CONFLICT", "VALIDATION_FAILED", "INTERNAL"],
  },
  {
    operationId: "postQuoteMessage",
    method: "post",
    path: "/api/v1/quotes/{id}/messages",
    tag: "RFQs",
    summary: "Write in a negotiation",
    description: "A message from the buyer's company or the quoting supplier; nobody else can read or write it. The other side is notified.",
    auth: "required",
    pathParams: quoteIdParams,
    body: { contentType: "application/json", component: "MessageInput", schema: messageInputSchema, example: { body: "Can you ship the first 2 km in January?" }, fieldDocs: messageFieldDocs },
    success: [{ status: 201, description: "The new message's ID.", body: "QuoteMessageCreated" }],
    errors: ["BAD_REQUEST", "UNAUTHENTICATED", "NOT_FOUND", "VALIDATION_FAILED", "INTERNAL"],
  },
];
