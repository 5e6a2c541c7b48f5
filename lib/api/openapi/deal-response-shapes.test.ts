import { describe, expect, it } from "vitest";
import type { z } from "zod";
import type { comparisonJson, orderJson, quoteJson, rfqJson } from "@/lib/api/deal-json";
import type { addOrderDocument } from "@/lib/orders/add-order-document";
import type { cancelRfq } from "@/lib/rfq/cancel-rfq";
import type { counterQuote } from "@/lib/rfq/counter-quote";
import type { postQuoteMessage } from "@/lib/rfq/post-quote-message";
import type { publishRfq } from "@/lib/rfq/publish-rfq";
import type { submitQuote } from "@/lib/rfq/submit-quote";
import type * as documented from "./deal-response-schemas";

/*
 * Compile-time checks (run by `tsc`) of the deal answers, as response-shapes.test.ts does for
 * the older ones: what lib/api/deal-json.ts and the services return, after JSON.stringify, is
 * what the document says. Stored JSON columns (FX snapshots, quantity breaks, event data) are
 * Prisma JsonValue and documented by their known shape, so they are left out of the
 * comparison; so is the optional `contentType`/`byteSize` typing of the shared attachment helper.
 */

type Json<T> = T extends Date ? string : T extends (infer U)[] ? Json<U>[] : T extends object ? { [K in keyof T]: Json<T[K]> } : T;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Out<S extends z.ZodType> = z.output<S>;
type Result<F extends (...args: never[]) => unknown> = Awaited<ReturnType<F>>;
/** The attachment helper types contentType and byteSize as optional; the queries always select them. */
type Files<T extends { attachments: object[] }> = Omit<T, "attachments"> & { attachments: Required<T["attachments"][number]>[] };

type OrderOut = ReturnType<typeof orderJson>;
type OrderDoc = Out<typeof documented.orderSchema>;
const order: Same<Json<Omit<OrderOut, "buyerTotal" | "timeline" | "documents">>, Omit<OrderDoc, "buyerTotal" | "timeline" | "documents">> = true;
const orderBuyerTotal: Same<Json<Omit<NonNullable<OrderOut["buyerTotal"]>, "fxSnapshot">>, Omit<NonNullable<OrderDoc["buyerTotal"]>, "fxSnapshot">> = true;
const orderTimeline: Same<Json<Omit<OrderOut["timeline"][number], "data">>, Omit<OrderDoc["timeline"][number], "data">> = true;
const orderDocuments: Same<Json<Required<OrderOut["documents"][number]>>, OrderDoc["documents"][number]> = true;

type QuoteOut = ReturnType<typeof quoteJson>;
type QuoteDoc = Out<typeof documented.quoteSchema>;
const quote: Same<Json<Omit<QuoteOut, "revisions" | "messages">>, Omit<QuoteDoc, "revisions" | "messages">> = true;
const quoteRevision: Same<Json<Files<Omit<QuoteOut["revisions"][number], "quantityBreaks">>>, Omit<QuoteDoc["revisions"][number], "quantityBreaks">> = true;
const quoteMessage: Same<Json<Files<QuoteOut["messages"][number]>>, QuoteDoc["messages"][number]> = true;

type RfqOut = ReturnType<typeof rfqJson>;
type RfqDoc = Out<typeof documented.rfqSchema>;
const rfq: Same<Json<Files<Omit<RfqOut, "quotes">>>, Omit<RfqDoc, "quotes">> = true;

type ComparisonOut = ReturnType<typeof comparisonJson>;
type ComparisonDoc = Out<typeof documented.quoteComparisonSchema>;
const comparison: Same<Json<Omit<ComparisonOut, "rates">>, Omit<ComparisonDoc, "rates">> = true;
const comparisonRates: Same<ComparisonOut["rates"][string], ComparisonDoc["rates"][string]> = true;

const quoteResult: Same<Result<typeof submitQuote>, Out<typeof documented.quoteRevisionResultSchema>> = true;
const counterResult: [Result<typeof counterQuote>] extends [Out<typeof documented.quoteRevisionResultSchema>] ? true : false = true;
const message: Same<Result<typeof postQuoteMessage>, Out<typeof documented.quoteMessageCreatedSchema>> = true;
const cancelled: Same<Result<typeof cancelRfq>, Out<typeof documented.rfqCancelledSchema>> = true;
const published: Same<Result<typeof publishRfq>, Out<typeof documented.rfqPublishedSchema>> = true;
const documentAdded: Same<Result<typeof addOrderDocument>, Out<typeof documented.orderDocumentAddedSchema>> = true;

describe("documented deal response shapes", () => {
  it("match what lib/api/deal-json.ts and the services build (checked by tsc)", () => {
    expect(
      [order, orderBuyerTotal, orderTimeline, orderDocuments, quote, quoteRevision, quoteMessage, rfq, comparison, comparisonRates, quoteResult, counterResult, message, cancelled, published, documentAdded].every(Boolean),
    ).toBe(true);
  });
});
