import { moneyJson } from "./search-response";
import type { RfqView } from "@/lib/rfq/get-rfq";
import type { OrderView } from "@/lib/orders/get-order";
import type { compareQuotes } from "@/lib/rfq/compare-quotes";

const attachmentJson = (a: { attachment: { id: string; fileName: string; contentType?: string; byteSize?: number } }) => ({ ...a.attachment, url: `/api/v1/attachments/${a.attachment.id}` });

/** The documented JSON of an RFQ (GET /api/v1/rfqs/:id): money as { amount, currency }. */
export function rfqJson(rfq: RfqView) {
  return {
    id: rfq.id,
    number: rfq.number,
    status: rfq.status,
    title: rfq.title,
    description: rfq.description,
    language: rfq.language,
    categorySlug: rfq.category.slug,
    quantity: rfq.quantity,
    unit: rfq.unit,
    targetPrice: rfq.targetPriceMinor !== null && rfq.targetCurrency ? moneyJson(rfq.targetPriceMinor, rfq.targetCurrency) : null,
    incoterm: rfq.incoterm,
    namedPlace: rfq.namedPlace,
    destination: { country: rfq.destinationCountry, city: rfq.destinationCity },
    requiredBy: rfq.requiredBy.toISOString().slice(0, 10),
    expiresAt: rfq.expiresAt,
    visibility: rfq.visibility,
    buyer: { id: rfq.buyer.id, name: rfq.buyer.name, city: rfq.buyer.city, country: rfq.buyer.country },
    listingId: rfq.listingId,
    attachments: rfq.attachments.map(attachmentJson),
    publishedAt: rfq.publishedAt,
    closedAt: rfq.closedAt,
    createdAt: rfq.createdAt,
    quotes: rfq.quotes.map(quoteJson),
  };
}

export function quoteJson(quote: RfqView["quotes"][number]) {
  return {
    id: quote.id,
    status: quote.status,
    revision: quote.revision,
    supplier: { id: quote.supplier.id, name: quote.supplier.name, city: quote.supplier.city, verified: quote.supplier.verificationStatus === "VERIFIED" },
    revisions: quote.revisions.map((r) => ({
      number: r.number,
      kind: r.kind,
      unitPrice: moneyJson(r.unitPriceMinor, r.currency),
      quantity: r.quantity,
      quantityBreaks: r.quantityBreaks,
      leadTimeDays: r.leadTimeDays,
      incoterm: r.incoterm,
      namedPlace: r.namedPlace,
      validUntil: r.validUntil,
      paymentTerms: r.paymentTerms,
      note: r.note,
      attachments: r.attachments.map(attachmentJson),
      createdAt: r.createdAt,
    })),
    messages: quote.messages.map((m) => ({ id: m.id, fromSupplier: m.authorOrgId === quote.supplier.id, body: m.body, attachments: m.attachments.map(attachmentJson), createdAt: m.createdAt })),
    order: quote.order,
    createdAt: quote.createdAt,
  };
}

/** The documented JSON of an order (GET /api/v1/orders/:id). */
export function orderJson(order: OrderView) {
  return {
    id: order.id,
    number: order.number,
    status: order.status,
    total: moneyJson(order.totalMinor, order.currency),
    buyerTotal: order.buyerTotalMinor !== null && order.buyerCurrency ? { ...moneyJson(order.buyerTotalMinor, order.buyerCurrency), fxSnapshot: order.fxSnapshot } : null,
    buyer: order.buyer,
    supplier: { id: order.supplier.id, name: order.supplier.name, city: order.supplier.city, verified: order.supplier.verificationStatus === "VERIFIED" },
    lines: order.lines.map((l) => ({ position: l.position, description: l.description, listingId: l.listingId, quantity: l.quantity, unit: l.unit, unitPrice: moneyJson(l.unitPriceMinor, order.currency), total: moneyJson(l.totalMinor, order.currency) })),
    incoterm: order.incoterm,
    namedPlace: order.namedPlace,
    paymentTerms: order.paymentTerms,
    deliveryDate: order.deliveryDate?.toISOString().slice(0, 10) ?? null,
    shipment: order.trackingNumber ? { carrier: order.carrier, trackingNumber: order.trackingNumber, route: order.route } : null,
    rfq: order.rfq,
    quoteId: order.quoteId,
    documents: order.documents.map((d) => ({ kind: d.kind, ...attachmentJson(d), createdAt: d.createdAt })),
    timeline: order.events.map((e) => ({ type: e.type, from: e.fromStatus, to: e.toStatus, at: e.createdAt, byOrganization: e.actorOrgId, data: e.data })),
    nextSteps: order.nextSteps,
    createdAt: order.createdAt,
  };
}

export function comparisonJson(comparison: Awaited<ReturnType<typeof compareQuotes>>) {
  return {
    rfqId: comparison.rfqId,
    displayCurrency: comparison.displayCurrency,
    comparedAt: comparison.comparedAt,
    rates: comparison.rates,
    quotes: comparison.quotes.map((q) => ({
      quoteId: q.quoteId,
      status: q.status,
      revision: q.revision,
      supplier: q.supplier,
      quantity: q.quantity,
      unitPrice: moneyJson(q.unitPriceMinor, q.currency),
      total: moneyJson(q.totalMinor, q.currency),
      converted: q.converted ? { unitPrice: moneyJson(q.converted.unitPriceMinor, comparison.displayCurrency), total: moneyJson(q.converted.totalMinor, comparison.displayCurrency), rate: q.converted.rateKey } : null,
      leadTimeDays: q.leadTimeDays,
      incoterm: q.incoterm,
      namedPlace: q.namedPlace,
      paymentTerms: q.paymentTerms,
      validUntil: q.validUntil,
      expired: q.expired,
      awaitingSupplier: q.awaitingSupplier,
    })),
  };
}
