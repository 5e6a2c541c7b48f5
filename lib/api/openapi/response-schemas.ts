import { z } from "zod";
import { CatalogImportStatus, ListingStatus, OrganizationType, Role, VerificationStatus } from "@/lib/db/generated/enums.ts";
import { errorStatus, type ErrorCode } from "@/lib/errors/app-error";
import { incotermsRules, listingCurrencies, listingLocales, listingUnits } from "@/lib/catalog/listing-fields";
import { fxRateListSchema, fxRateSchema } from "@/lib/money/fx/fx-rate-json";
import { rateSnapshotSchema } from "@/lib/money/fx/rate-snapshot";
import { notificationPageSchema, unreadCountSchema } from "./operations/notifications";
import { count, dateTime, id, localeEnum, moneySchema } from "./schema-primitives";
import { auditEventPageSchema } from "./audit-response-schemas";
import { matchedPaymentSchema, payoutReleasedSchema, recordedTransferSchema, settlementSchema, statementSchema } from "./settlement-response-schemas";
import { invitableSupplierListSchema, orderAcceptedSchema, orderCreatedSchema, orderDocumentAddedSchema, orderPageSchema, orderSchema, quoteComparisonSchema, quoteListSchema, quoteMessageCreatedSchema, quoteRevisionResultSchema, quoteSchema, quoteWithdrawnSchema, rfqCancelledSchema, rfqCreatedSchema, rfqPageSchema, rfqPublishedSchema, rfqSchema } from "./deal-response-schemas";

/*
 * What the API answers, as zod schemas. They exist for the document: handlers build their JSON
 * in lib/ (toMeResponse, toSearchResponse, ownListingJson, toListingImageJson, …), and
 * response-shapes.test.ts checks at compile time that those builders and these schemas agree,
 * so the document cannot drift from the code silently.
 */

export { moneySchema } from "./schema-primitives";

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
  Settlement: settlementSchema,
  RecordedTransfer: recordedTransferSchema,
  MatchedPayment: matchedPaymentSchema,
  PayoutReleased: payoutReleasedSchema,
  Statement: statementSchema,
  AuditEventPage: auditEventPageSchema,
  Health: healthSchema,
  OpenApiDocument: openApiDocumentSchema,
} as const;

export type ResponseComponent = keyof typeof responseComponents;
