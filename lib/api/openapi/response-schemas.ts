import { z } from "zod";
import { CatalogImportStatus, ListingStatus, OrganizationType, Role, VerificationStatus } from "@/lib/db/generated/enums.ts";
import { errorStatus, type ErrorCode } from "@/lib/errors/app-error";
import { locales } from "@/lib/i18n/config";
import { incotermsRules, listingCurrencies, listingLocales, listingUnits } from "@/lib/catalog/listing-fields";
import { OrderDocumentKind, OrderStatus, QuoteStatus, RevisionKind, RfqStatus, RfqVisibility } from "@/lib/db/generated/enums.ts";
import { currencyCodes, type CurrencyCode } from "@/lib/money/currencies";
import { fxRateListSchema, fxRateSchema } from "@/lib/money/fx/fx-rate-json";
import { rateSnapshotSchema } from "@/lib/money/fx/rate-snapshot";
import { notificationPageSchema, unreadCountSchema } from "./operations/notifications";

/*
 * What the API answers, as zod schemas. They exist for the document: handlers build their JSON
 * in lib/ (toMeResponse, toSearchResponse, ownListingJson, toListingImageJson, …), and
 * response-shapes.test.ts checks at compile time that those builders and these schemas agree,
 * so the document cannot drift from the code silently.
 */

const id = z.string().meta({ format: "uuid" });
const dateTime = z.string().meta({ format: "date-time" });
const count = z.number().int().min(0);
const localeEnum = z.enum(locales);

export const moneySchema = z
  .object({
    amount: z.string().meta({ description: "Decimal string in major units, never a float.", examples: ["1234.50"] }),
    currency: z.string().length(3).meta({ description: "ISO 4217 code.", examples: ["CNY"] }),
  })
  .meta({ description: "An amount of money, lossless both ways." });

export const errorSchema = z
  .object({
    error: z.object({
      code: z.enum(Object.keys(errorStatus) as [ErrorCode, ...ErrorCode[]]),
      message: z.string().meta({ description: "In the language of Accept-Language (or the caller's preferred language)." }),
      fields: z.record(z.string(), z.string()).optional().meta({ description: "Per-field messages, keyed by the field's path (`priceTiers.0.minQty`)." }),
    }),
  })
  .meta({ description: "Every error answer has this shape." });

const localizedText = z.partialRecord(z.enum(listingLocales), z.string()).meta({ description: "Text per locale, as the supplier wrote it." });
const textInLocale = z.object({ text: z.string(), locale: localeEnum.meta({ description: "The locale the text is written in (a fallback when the requested one is missing)." }) });
const slugAndName = z.object({ slug: z.string(), name: z.string() });
const incotermOffer = z.object({ term: z.string(), place: z.string().nullable() });
const range = z.object({ min: z.number(), max: z.number() });

export const meSchema = z.object({
  user: z.object({ id, email: z.string(), name: z.string(), locale: z.string().meta({ description: "Preferred language of e-mails and API messages." }) }),
  organization: z.object({
    id,
    type: z.enum(OrganizationType),
    name: z.string(),
    country: z.string().meta({ description: "ISO 3166-1 alpha-2." }),
    city: z.string(),
    verificationStatus: z.enum(VerificationStatus),
  }),
  roles: z.array(z.enum(Role)),
});

const searchHit = z.object({
  id,
  sku: z.string(),
  title: z.string(),
  titleLocale: localeEnum,
  category: slugAndName,
  supplier: z.object({ id, name: z.string(), city: z.string(), verified: z.boolean() }),
  moq: z.number().int(),
  unit: z.string(),
  leadTimeDays: z.number().int(),
  certifications: z.array(z.string()),
  price: moneySchema.meta({ description: "Unit price of the first (MOQ) tier." }),
  image: z
    .object({ url: z.string(), width: z.number().int(), height: z.number().int(), alt: z.string().meta({ description: "Empty when the supplier wrote none." }) })
    .nullable()
    .meta({ description: "Thumbnail of the first photo." }),
  highlight: z.string().nullable().meta({ description: "The title with matches wrapped in <mark>…</mark>; all other text HTML-escaped." }),
});

export const searchResponseSchema = z.object({
  locale: localeEnum,
  hits: z.array(searchHit),
  total: count,
  facets: z.object({
    category: z.record(z.string(), count),
    city: z.record(z.string(), count),
    certification: z.record(z.string(), count),
    verified: z.record(z.string(), count),
    incoterm: z.record(z.string(), count),
    price: z.record(z.string(), range).meta({ description: "Per currency: range of first-tier unit prices in integer minor units." }),
    moq: range.nullable(),
    leadTime: range.nullable(),
  }),
  suggestion: z.string().nullable().meta({ description: "When nothing matched: a query that would match (did you mean)." }),
  tookMs: z.number(),
});

const pixelSize = { width: z.number().int(), height: z.number().int() };

export const listingSchema = z.object({
  id,
  sku: z.string(),
  status: z.enum(ListingStatus),
  title: textInLocale,
  description: textInLocale,
  category: slugAndName,
  topCategory: slugAndName.nullable(),
  hsCode: z.string(),
  unit: z.string(),
  moq: z.number().int(),
  currency: z.string(),
  leadTimeDays: z.number().int(),
  incoterms: z.array(incotermOffer),
  certifications: z.array(z.string()),
  specifications: z.record(z.string(), z.string()),
  priceTiers: z.array(z.object({ minQty: z.number().int(), unitPrice: moneySchema })),
  supplier: z.object({
    id,
    name: z.string(),
    legalName: z.string(),
    city: z.string(),
    country: z.string(),
    verificationStatus: z.enum(VerificationStatus),
    verifiedAt: dateTime.nullable(),
    createdAt: dateTime,
    verified: z.boolean(),
  }),
  publishedAt: dateTime.nullable(),
  images: z
    .array(
      z.object({
        id,
        ...pixelSize,
        alt: textInLocale.meta({ description: "Alternative text; empty when the supplier wrote none." }),
        thumb: z.object({ url: z.string(), ...pixelSize }),
        large: z.object({ url: z.string(), ...pixelSize }),
      }),
    )
    .meta({ description: "Photos in the supplier's order." }),
});

export const listingImageSchema = z.object({
  id,
  position: z.number().int().min(0).meta({ description: "0 is the first photo, the one search results show." }),
  width: z.number().int(),
  height: z.number().int(),
  contentType: z.string(),
  byteSize: z.number().int(),
  alt: localizedText,
  thumbUrl: z.string(),
  largeUrl: z.string(),
  originalUrl: z.string(),
  thumb: z.object(pixelSize),
  large: z.object(pixelSize),
  createdAt: dateTime,
});

export const listingImageListSchema = z.object({ images: z.array(listingImageSchema) });

export const ownListingSchema = z
  .object({
    id,
    status: z.enum(ListingStatus),
    rejectionReason: z.string().nullable().meta({ description: "The moderator's reason, while the listing is REJECTED." }),
    sku: z.string(),
    category: z.string().meta({ description: "Leaf category slug." }),
    title: localizedText,
    description: localizedText,
    hsCode: z.string(),
    unit: z.enum(listingUnits),
    moq: z.number().int(),
    currency: z.enum(listingCurrencies),
    priceTiers: z.array(z.object({ minQty: z.number().int(), unitPrice: moneySchema })),
    leadTimeDays: z.number().int(),
    incoterms: z.array(z.object({ term: z.enum(incotermsRules), place: z.string().nullable() })),
    certifications: z.array(z.string()),
    specifications: z.record(z.string(), z.string()),
    images: z.array(z.object({ id, position: z.number().int(), ...pixelSize, alt: localizedText })),
    submittedAt: dateTime.nullable(),
    publishedAt: dateTime.nullable(),
    createdAt: dateTime,
    updatedAt: dateTime,
  })
  .meta({ description: "A listing as its supplier manages it: the fields of ListingInput plus its state." });

export const ownListingPageSchema = z.object({
  total: count,
  page: z.number().int().min(1),
  pages: z.number().int().min(1),
  counts: z.record(z.enum(ListingStatus), count).meta({ description: "Listings per status, with the same text filter." }),
  listings: z.array(z.object({ id, status: z.enum(ListingStatus), sku: z.string(), title: localizedText, category: z.string(), updatedAt: dateTime })),
});

export const reviewResultSchema = z.object({ id, status: z.enum(ListingStatus) });

export const catalogImportSchema = z.object({
  id,
  fileName: z.string(),
  byteSize: z.number().int(),
  status: z.enum(CatalogImportStatus),
  totalLines: count.nullable().meta({ description: "Lines in the file; null for imports started before it was recorded." }),
  linesDone: count,
  created: count,
  updated: count,
  failed: count,
  createdAt: dateTime,
  finishedAt: dateTime.nullable(),
});

export const catalogImportStartedSchema = z.object({
  import: catalogImportSchema,
  totalLines: count.meta({ description: "Lines to process: the denominator of progress (linesDone / totalLines)." }),
  submitForReview: z.boolean().meta({ description: "Whether new and changed listings go to review: asked for, and the company is verified." }),
});

export const catalogImportDetailSchema = catalogImportSchema.extend({
  issues: z.array(
    z.object({
      line: z.number().int().min(1),
      sku: z.string().optional(),
      field: z.string().optional(),
      key: z.string().meta({ description: "Message key in the errors namespace, stable across languages." }),
      message: z.string().meta({ description: "In the caller's language." }),
    }),
  ),
});

export const catalogImportListSchema = z.object({ imports: z.array(catalogImportSchema) });

export const attachmentSchema = z
  .object({
    id,
    fileName: z.string().meta({ description: "The uploaded name without folders or control characters, with an extension matching its type." }),
    contentType: z.string().meta({ description: "Read from the file's bytes, not from its name or the declared type." }),
    byteSize: z.number().int(),
    url: z.string().meta({ description: "Download URL; answers 404 to anyone who may not read the file." }),
    createdAt: dateTime,
  })
  .meta({ description: "A private file, visible to its uploader's company until it is attached to an RFQ, a quote, a message or an order." });

const componentHealth = z.object({
  status: z.enum(["ok", "error"]),
  latencyMs: z.number().optional(),
  engine: z.string().optional(),
  documents: z.number().int().optional(),
  detail: z.string().optional(),
});

export const healthSchema = z.object({ status: z.enum(["ok", "degraded"]), database: componentHealth, search: componentHealth });

export const openApiDocumentSchema = z
  .object({ openapi: z.string(), info: z.object({ title: z.string(), version: z.string() }), paths: z.record(z.string(), z.unknown()) })
  .meta({ description: "This document (OpenAPI 3.1)." });

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

/** Named response schemas: each becomes components.schemas.<name>; nested ones become $refs. */
export const responseComponents = {
  Error: errorSchema,
  Money: moneySchema,
  Me: meSchema,
  SearchResponse: searchResponseSchema,
  Listing: listingSchema,
  OwnListing: ownListingSchema,
  OwnListingPage: ownListingPageSchema,
  ReviewResult: reviewResultSchema,
  ListingImage: listingImageSchema,
  ListingImageList: listingImageListSchema,
  CatalogImport: catalogImportSchema,
  CatalogImportStarted: catalogImportStartedSchema,
  CatalogImportDetail: catalogImportDetailSchema,
  CatalogImportList: catalogImportListSchema,
  Attachment: attachmentSchema,
  RfqCreated: rfqCreatedSchema,
  RfqPage: rfqPageSchema,
  InvitableSupplierList: invitableSupplierListSchema,
  Rfq: rfqSchema,
  Quote: quoteSchema,
  QuoteList: quoteListSchema,
  QuoteRevisionResult: quoteRevisionResultSchema,
  QuoteMessageCreated: quoteMessageCreatedSchema,
  RfqCancelled: rfqCancelledSchema,
  QuoteWithdrawn: quoteWithdrawnSchema,
  RfqPublished: rfqPublishedSchema,
  QuoteComparison: quoteComparisonSchema,
  FxRateSnapshot: rateSnapshotSchema,
  Order: orderSchema,
  OrderPage: orderPageSchema,
  OrderCreated: orderCreatedSchema,
  OrderAccepted: orderAcceptedSchema,
  OrderDocumentAdded: orderDocumentAddedSchema,
  NotificationPage: notificationPageSchema,
  UnreadCount: unreadCountSchema,
  FxRate: fxRateSchema,
  FxRateList: fxRateListSchema,
  Health: healthSchema,
  OpenApiDocument: openApiDocumentSchema,
} as const;

export type ResponseComponent = keyof typeof responseComponents;
