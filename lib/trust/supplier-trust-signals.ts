import type { Db } from "@/lib/db/create-client";
import { isUuid } from "@/lib/ids/is-uuid";
import { queryOrderCounts, queryResponseCounts } from "./trust-queries";
import { fullYearsBetween, minimumSample, rateSignal, type RateSignal } from "./trust-units";

/** How far back the response figures look. */
export const responseWindowDays = 365;

/**
 * What buyers see about a supplier, every figure derived from recorded events — nothing here
 * can be typed in by the supplier or by staff:
 *
 * - `verification`: "verified" while the organization is VERIFIED and its verification has not
 *   lapsed (`verificationExpiresAt` in the future, or none), "expired" once it has, otherwise
 *   "unverified"; with the approval date (`verifiedAt`) and the expiry.
 * - `memberSince` / `yearsOnPlatform`: from the organization's creation; whole years.
 * - `responseRate`: of the RFQs routed to the supplier (RfqRecipient) in the last
 *   `responseWindowDays`, drafts excluded, counting those answered and those whose answer window
 *   is over (expired, or awarded) — the share that got an offer from the supplier. Open RFQs
 *   not answered yet and RFQs the buyer cancelled unanswered are left out.
 * - `medianResponseSeconds`: median of (first OFFER revision − the moment the RFQ was routed
 *   to the supplier) over the answered RFQs in that window.
 * - `onTimeDelivery`: of the orders with an agreed delivery date that were delivered (first
 *   DELIVERED status event), or that are paid and still undelivered after that date, the share
 *   delivered on or before the end of the date (UTC).
 * - `disputeRate`: of the orders past payment, the share with a dispute.
 * - `rating`: mean of the PUBLISHED reviews' ratings (1–5) and their number.
 *
 * Each share, the median and the mean are null below `minimumSample` cases ("not enough data"),
 * never a misleading 100 % from one order. Public data: no actor, it is shown to visitors too.
 */
export type SupplierTrustSignals = {
  supplierId: string;
  verification: { state: "verified" | "expired" | "unverified"; verifiedAt: Date | null; expiresAt: Date | null };
  memberSince: Date;
  yearsOnPlatform: number;
  responseRate: RateSignal;
  medianResponse: { sample: number; seconds: number | null };
  onTimeDelivery: RateSignal;
  disputeRate: RateSignal;
  rating: { count: number; average: number | null };
};

/**
 * Trust signals for many suppliers at once (search results, a quote comparison): a fixed number
 * of aggregate queries whatever the number of suppliers. Unknown ids and non-suppliers are
 * simply absent from the map.
 */
export async function getSupplierTrustSignals(client: Db, supplierIds: readonly string[], options: { now?: Date } = {}): Promise<Map<string, SupplierTrustSignals>> {
  const ids = [...new Set(supplierIds.filter(isUuid).map((id) => id.toLowerCase()))];
  const result = new Map<string, SupplierTrustSignals>();
  if (!ids.length) return result;
  const now = options.now ?? new Date();
  const since = new Date(now.getTime() - responseWindowDays * 24 * 3600 * 1000);
  const [organizations, responses, orders, ratings] = await Promise.all([
    client.organization.findMany({
      where: { id: { in: ids }, type: "SUPPLIER" },
      select: { id: true, createdAt: true, verificationStatus: true, verifiedAt: true, verificationExpiresAt: true },
    }),
    queryResponseCounts(client, ids, since, now),
    queryOrderCounts(client, ids, now),
    client.orderReview.groupBy({ by: ["supplierId"], where: { supplierId: { in: ids }, status: "PUBLISHED" }, _avg: { rating: true }, _count: { _all: true } }),
  ]);
  const responseBy = new Map(responses.map((row) => [row.supplierId, row]));
  const ordersBy = new Map(orders.map((row) => [row.supplierId, row]));
  const ratingBy = new Map(ratings.map((row) => [row.supplierId, row]));
  for (const organization of organizations) {
    const response = responseBy.get(organization.id);
    const order = ordersBy.get(organization.id);
    const rating = ratingBy.get(organization.id);
    const answered = response?.answered ?? 0;
    const reviews = rating?._count._all ?? 0;
    const lapsed = organization.verificationExpiresAt !== null && organization.verificationExpiresAt.getTime() <= now.getTime();
    result.set(organization.id, {
      supplierId: organization.id,
      verification: {
        state: organization.verificationStatus === "VERIFIED" ? (lapsed ? "expired" : "verified") : "unverified",
        verifiedAt: organization.verifiedAt,
        expiresAt: organization.verificationExpiresAt,
      },
      memberSince: organization.createdAt,
      yearsOnPlatform: fullYearsBetween(organization.createdAt, now),
      responseRate: rateSignal(answered, response?.counted ?? 0),
      medianResponse: { sample: answered, seconds: answered >= minimumSample && response?.medianSeconds != null ? Number(response.medianSeconds) : null },
      onTimeDelivery: rateSignal(order?.onTime ?? 0, order?.deliveries ?? 0),
      disputeRate: rateSignal(order?.disputedOrders ?? 0, order?.paidOrders ?? 0),
      rating: { count: reviews, average: reviews >= minimumSample && rating?._avg.rating != null ? rating._avg.rating : null },
    });
  }
  return result;
}

/** One supplier's signals, or null when the id is not a supplier. */
export async function getSupplierTrustSignalsFor(client: Db, supplierId: string, options: { now?: Date } = {}): Promise<SupplierTrustSignals | null> {
  return (await getSupplierTrustSignals(client, [supplierId], options)).get(supplierId.toLowerCase()) ?? null;
}
