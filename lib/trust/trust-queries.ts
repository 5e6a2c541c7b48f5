import type { Db } from "@/lib/db/create-client";

/*
 * The aggregate queries behind the trust signals: one statement per kind of event, grouped by
 * supplier, so a page with twenty suppliers costs the same few round trips as a page with one.
 * Precise definitions are in supplier-trust-signals.ts.
 */

export type ResponseCounts = { supplierId: string; counted: number; answered: number; medianSeconds: number | null };

/**
 * Per supplier, over the RFQs routed to it since `since` (drafts never count):
 * - `answered`: RFQs the supplier sent at least one offer on;
 * - `counted`: answered RFQs plus unanswered ones whose answer window is over (expired, or
 *   awarded to someone); an unanswered RFQ that is still open, or that the buyer cancelled,
 *   says nothing about the supplier and is left out;
 * - `medianSeconds`: median of (first offer − routed) over the answered ones.
 */
export function queryResponseCounts(client: Db, supplierIds: string[], since: Date, now: Date): Promise<ResponseCounts[]> {
  return client.$queryRaw<ResponseCounts[]>`
    WITH routed AS (
      SELECT rr."supplierId", rr."createdAt" AS routed_at, r.status::text AS status, r."expiresAt" AS expires_at,
             (SELECT min(qr."createdAt")
                FROM "Quote" q JOIN "QuoteRevision" qr ON qr."quoteId" = q.id
               WHERE q."rfqId" = rr."rfqId" AND q."supplierId" = rr."supplierId" AND qr.kind = 'OFFER') AS answered_at
        FROM "RfqRecipient" rr
        JOIN "Rfq" r ON r.id = rr."rfqId"
       WHERE rr."supplierId" = ANY(${supplierIds}::uuid[])
         AND r.status <> 'DRAFT'
         AND rr."createdAt" >= ${since}
    )
    SELECT "supplierId"::text AS "supplierId",
           (count(*) FILTER (WHERE answered_at IS NOT NULL
                                OR status IN ('AWARDED', 'EXPIRED')
                                OR (status = 'OPEN' AND expires_at <= ${now})))::int AS counted,
           count(answered_at)::int AS answered,
           (percentile_cont(0.5) WITHIN GROUP (ORDER BY GREATEST(0, EXTRACT(EPOCH FROM (answered_at - routed_at)))::float8)
              FILTER (WHERE answered_at IS NOT NULL))::float8 AS "medianSeconds"
      FROM routed
     GROUP BY "supplierId"`;
}

export type OrderCounts = { supplierId: string; paidOrders: number; disputedOrders: number; deliveries: number; onTime: number };

/**
 * Per supplier, over all its orders:
 * - `paidOrders`: orders that got past payment (a PAID status event, or a status after it);
 * - `disputedOrders`: those of them with a dispute (a Dispute row or a DISPUTED status event);
 * - `deliveries`: orders with an agreed delivery date that were delivered (a DELIVERED status
 *   event), plus paid orders still undelivered after the end of that date — those are late;
 * - `onTime`: delivered orders whose first DELIVERED event came before the end of the delivery
 *   date (UTC).
 */
export function queryOrderCounts(client: Db, supplierIds: string[], now: Date): Promise<OrderCounts[]> {
  return client.$queryRaw<OrderCounts[]>`
    WITH o AS (
      SELECT o."supplierId", o.status::text AS status, o."deliveryDate" AS delivery_date,
             (SELECT min(e."createdAt") FROM "OrderEvent" e WHERE e."orderId" = o.id AND e."toStatus" = 'DELIVERED') AS delivered_at,
             (o.status IN ('PAID', 'IN_PRODUCTION', 'SHIPPED', 'DELIVERED', 'COMPLETED', 'DISPUTED')
               OR EXISTS (SELECT 1 FROM "OrderEvent" e WHERE e."orderId" = o.id AND e."toStatus" = 'PAID')) AS paid,
             (EXISTS (SELECT 1 FROM "Dispute" d WHERE d."orderId" = o.id)
               OR EXISTS (SELECT 1 FROM "OrderEvent" e WHERE e."orderId" = o.id AND e."toStatus" = 'DISPUTED')) AS disputed
        FROM "Order" o
       WHERE o."supplierId" = ANY(${supplierIds}::uuid[])
    )
    SELECT "supplierId"::text AS "supplierId",
           (count(*) FILTER (WHERE paid))::int AS "paidOrders",
           (count(*) FILTER (WHERE paid AND disputed))::int AS "disputedOrders",
           (count(*) FILTER (WHERE delivery_date IS NOT NULL
                               AND (delivered_at IS NOT NULL
                                    OR (status IN ('PAID', 'IN_PRODUCTION', 'SHIPPED', 'DISPUTED') AND (delivery_date + 1) <= ${now}))))::int AS deliveries,
           (count(*) FILTER (WHERE delivery_date IS NOT NULL AND delivered_at < (delivery_date + 1)))::int AS "onTime"
      FROM o
     GROUP BY "supplierId"`;
}
