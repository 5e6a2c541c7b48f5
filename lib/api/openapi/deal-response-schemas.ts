import { z } from "zod";
import { OrderDocumentKind, OrderStatus, QuoteStatus, RevisionKind, RfqStatus, RfqVisibility } from "@/lib/db/generated/enums.ts";
import { currencyCodes, type CurrencyCode } from "@/lib/money/currencies";
import { rateSnapshotSchema } from "@/lib/money/fx/rate-snapshot";
import { count, dateTime, id, moneySchema } from "./schema-primitives";

/*
 * RFQs, quotes and orders: the JSON built in lib/api/deal-json.ts and the deal routes.
 * deal-response-shapes.test.ts checks them against the builders at compile time.
 */

const money = moneySchema;
const fileRef = z
  .object({
    id,
    fileName: z.string(),
    contentType: z.string(),
    byteSize: z.number().int(),
    url: z.string().meta({ description: "Download URL (GET /api/v1/attachments/{id})." }),
  })
  .meta({ description: "A file attached to the item; only the parties of the deal and trade-hub staff can download it." });
const isoDate = z.string().meta({ format: "date", description: "YYYY-MM-DD." });
const dealCounts = z.object({
  open: count.meta({ description: "RFQs open for quotes now." }),
  all: count.meta({ description: "All your RFQs (or, for a supplier, all RFQs routed to you), whatever the filter." }),
});

export const rfqCreatedSchema = z.object({ id, number: z.string().meta({ examples: ["RFQ-2026-000042"] }), status: z.enum(["DRAFT", "OPEN"]) });

export const invitableSupplierListSchema = z
  .object({
    suppliers: z.array(z.object({ id, name: z.string(), city: z.string(), listings: count.meta({ description: "Published listings in the category." }) })),
  })
  .meta({ description: "Verified suppliers with published listings in the category, by name." });

export const rfqPageSchema = z.object({
  total: count,
  page: z.number().int().min(1),
  pages: z.number().int().min(1),
  counts: dealCounts,
  rfqs: z.array(
    z.object({
      id,
      number: z.string(),
      status: z.enum(RfqStatus).meta({ description: "OPEN past its expiry is reported as EXPIRED." }),
      title: z.string(),
      categorySlug: z.string(),
      quantity: z.number().int(),
      unit: z.string(),
      targetPrice: money.nullable().meta({ description: "The buyer's target unit price, if given." }),
      buyer: z.object({ name: z.string(), city: z.string(), country: z.string() }),
      quotes: count.meta({ description: "Quotes received (all of them, whoever asks)." }),
      expiresAt: dateTime,
      createdAt: dateTime,
    }),
  ),
});

const quoteRevision = z.object({
  number: z.number().int().min(1),
  kind: z.enum(RevisionKind).meta({ description: "OFFER from the supplier, COUNTER from the buyer." }),
  unitPrice: money,
  quantity: z.number().int(),
  quantityBreaks: z.array(z.object({ minQty: z.number().int(), unitPrice: z.string().meta({ description: "Decimal string in the currency of unitPrice." }) })).meta({ description: "Lower unit prices from larger quantities." }),
  leadTimeDays: z.number().int(),
  incoterm: z.string(),
  namedPlace: z.string(),
  validUntil: dateTime,
  paymentTerms: z.string().nullable(),
  note: z.string().nullable(),
  attachments: z.array(fileRef),
  createdAt: dateTime,
});

export const quoteSchema = z
  .object({
    id,
    status: z.enum(QuoteStatus),
    revision: z.number().int().min(1).meta({ description: "Number of the latest revision." }),
    supplier: z.object({ id, name: z.string(), city: z.string(), verified: z.boolean() }),
    revisions: z.array(quoteRevision).meta({ description: "Every offer and counter-offer, oldest first; nothing is edited in place." }),
    messages: z.array(z.object({ id, fromSupplier: z.boolean(), body: z.string(), attachments: z.array(fileRef), createdAt: dateTime })),
    order: z.object({ id, number: z.string(), status: z.enum(OrderStatus) }).nullable().meta({ description: "The order, once the buyer accepted this quote." }),
    createdAt: dateTime,
  })
  .meta({ description: "One supplier's negotiation on an RFQ." });

export const quoteListSchema = z.object({ quotes: z.array(quoteSchema) });

export const rfqSchema = z.object({
  id,
  number: z.string(),
  status: z.enum(RfqStatus).meta({ description: "OPEN past its expiry is reported as EXPIRED." }),
  title: z.string(),
  description: z.string(),
  language: z.string().meta({ description: "The locale the buyer wrote in." }),
  categorySlug: z.string(),
  quantity: z.number().int(),
  unit: z.string(),
  targetPrice: money.nullable(),
  incoterm: z.string(),
  namedPlace: z.string(),
  destination: z.object({ country: z.string().meta({ description: "ISO 3166-1 alpha-2." }), city: z.string() }),
  requiredBy: isoDate,
  expiresAt: dateTime,
  visibility: z.enum(RfqVisibility),
  buyer: z.object({ id, name: z.string(), city: z.string(), country: z.string() }),
  listingId: id.nullable().meta({ description: "The listing the RFQ was started from." }),
  attachments: z.array(fileRef),
  publishedAt: dateTime.nullable(),
  closedAt: dateTime.nullable(),
  createdAt: dateTime,
  quotes: z.array(quoteSchema).meta({ description: "The buyer and hub staff see every negotiation; a supplier only its own." }),
});

export const quoteRevisionResultSchema = z.object({ id, revision: z.number().int().min(1), status: z.enum(QuoteStatus) });
export const quoteMessageCreatedSchema = z.object({ id });
export const rfqCancelledSchema = z.object({ id, status: z.literal("CANCELLED") });

export const quoteWithdrawnSchema = z.object({ id, status: z.literal("WITHDRAWN") });
export const rfqPublishedSchema = z.object({ id, recipients: count.meta({ description: "Suppliers the RFQ was routed to." }) });

export const quoteComparisonSchema = z.object({
  rfqId: id,
  displayCurrency: z.enum(currencyCodes as [CurrencyCode, ...CurrencyCode[]]).meta({ description: "The currency every quote is converted into." }),
  comparedAt: dateTime,
  rates: z.record(z.string(), rateSnapshotSchema).meta({ description: "The rates used, keyed FROM/TO (e.g. CNY/KZT); keep them to reproduce the comparison." }),
  quotes: z.array(
    z.object({
      quoteId: id,
      status: z.string(),
      revision: z.number().int(),
      supplier: z.object({ id, name: z.string(), city: z.string(), verified: z.boolean(), verifiedAt: dateTime.nullable(), memberSince: dateTime }),
      quantity: z.number().int(),
      unitPrice: money.meta({ description: "At the quoted quantity, quantity breaks applied." }),
      total: money,
      converted: z
        .object({ unitPrice: money, total: money, rate: z.string().meta({ description: "Key of the rate in `rates`." }) })
        .nullable()
        .meta({ description: "Null when no rate connects the two currencies." }),
      leadTimeDays: z.number().int(),
      incoterm: z.string(),
      namedPlace: z.string(),
      paymentTerms: z.string().nullable(),
      validUntil: dateTime,
      expired: z.boolean(),
      awaitingSupplier: z.boolean().meta({ description: "The buyer countered; the supplier has not answered yet." }),
    }),
  ),
});

export const orderSchema = z.object({
  id,
  number: z.string().meta({ examples: ["ORD-2026-000017"] }),
  status: z.enum(OrderStatus),
  total: money,
  buyerTotal: z
    .object({
      amount: z.string(),
      currency: z.string(),
      fxSnapshot: rateSnapshotSchema.nullable().meta({ description: "The rate the total was converted at." }),
    })
    .nullable()
    .meta({ description: "The total in the buyer's own currency when the order was placed; null when no rate existed or the currencies are the same." }),
  buyer: z.object({ id, name: z.string(), city: z.string(), country: z.string() }),
  supplier: z.object({ id, name: z.string(), city: z.string(), verified: z.boolean() }),
  lines: z.array(
    z.object({
      position: z.number().int().min(1),
      description: z.string(),
      listingId: id.nullable(),
      quantity: z.number().int(),
      unit: z.string(),
      unitPrice: money,
      total: money,
    }),
  ),
  incoterm: z.string(),
  namedPlace: z.string(),
  paymentTerms: z.string().nullable(),
  deliveryDate: isoDate.nullable(),
  shipment: z.object({ carrier: z.string().nullable(), trackingNumber: z.string(), route: z.string().nullable() }).nullable().meta({ description: "Set when the supplier marks the order SHIPPED." }),
  rfq: z.object({ id, number: z.string(), title: z.string() }).nullable().meta({ description: "The RFQ the order was awarded from; null for a direct order." }),
  quoteId: id.nullable(),
  documents: z.array(fileRef.extend({ kind: z.enum(OrderDocumentKind), createdAt: dateTime })),
  timeline: z
    .array(
      z.object({
        type: z.string().meta({ description: "created, status_changed or document_added." }),
        from: z.enum(OrderStatus).nullable(),
        to: z.enum(OrderStatus).nullable(),
        at: dateTime,
        byOrganization: id.nullable().meta({ description: "The buyer's, the supplier's or the trade hub's organization ID." }),
        data: z.record(z.string(), z.unknown()).nullable().meta({ description: "Details: shipment, note or document kind." }),
      }),
    )
    .meta({ description: "Every event, oldest first." }),
  nextSteps: z.array(z.enum(OrderStatus)).meta({ description: "The statuses you may move the order to now (POST …/transitions)." }),
  createdAt: dateTime,
});

export const orderPageSchema = z.object({
  total: count,
  page: z.number().int().min(1),
  pages: z.number().int().min(1),
  counts: z.record(z.enum(OrderStatus), count).meta({ description: "Orders per status." }),
  orders: z.array(z.object({ id, number: z.string(), status: z.enum(OrderStatus), total: money, buyer: z.string(), supplier: z.string(), createdAt: dateTime })),
});

export const orderCreatedSchema = z.object({ id, number: z.string() });
export const orderAcceptedSchema = z.object({ order: orderSchema });
export const orderDocumentAddedSchema = z.object({ orderId: id, attachmentId: id, kind: z.enum(OrderDocumentKind) });
