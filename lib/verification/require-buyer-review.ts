import type { Actor } from "@/lib/auth/actor";
import type { Db } from "@/lib/db/create-client";
import type { OrderStatus } from "@/lib/db/generated/enums.ts";
import { env } from "@/lib/env/env";
import { AppError } from "@/lib/errors/app-error";
import { isUuid } from "@/lib/ids/is-uuid";
import { currencyExponent, isCurrencyCode } from "@/lib/money/currencies";
import { convertMinor } from "@/lib/money/fx/convert-minor";
import { findRate } from "@/lib/money/fx/find-rate";
import { notify } from "@/lib/notify/notify";
import { canSeeOrder, orderPartiesOf } from "@/lib/orders/order-parties";
import { transitionRule } from "@/lib/orders/order-transitions";

export type RequireBuyerReviewOptions = { /** Defaults to BUYER_REVIEW_ORDER_USD. */ thresholdUsd?: number; now?: Date };

/**
 * Before a supplier confirms an order: an order worth at least BUYER_REVIEW_ORDER_USD (the
 * total at the current rate) needs a VERIFIED buyer. Otherwise the buyer's admins are told to
 * submit their company documents and the confirmation is refused with CONFLICT.
 *
 * Runs before transitionOrder's transaction, on purpose: the refusal's notification must be
 * committed, and a throw inside that transaction would roll it back. It stays silent whenever
 * the move itself is not this actor's to make (unknown or foreign order, wrong status or
 * party), so transitionOrder gives its usual NOT_FOUND / CONFLICT / FORBIDDEN and nothing
 * about the order leaks. The buyer's status can change between this check and the lock only
 * by a moderator's approval (which lifts the block anyway) or by the verification lapsing in
 * the same instant — accepted.
 */
export async function requireBuyerReview(client: Db, actor: Actor, orderId: string, to: OrderStatus, options: RequireBuyerReviewOptions = {}): Promise<void> {
  if (to !== "CONFIRMED" || !isUuid(orderId)) return;
  // One plain query: this runs on every confirmation, most of them by verified buyers.
  const [order] = await client.$queryRaw<{ number: string; status: OrderStatus; buyerId: string; supplierId: string; currency: string; totalMinor: bigint; buyerStatus: string }[]>`
    SELECT o.number, o.status::text AS status, o."buyerId"::text AS "buyerId", o."supplierId"::text AS "supplierId", o.currency, o."totalMinor", b."verificationStatus"::text AS "buyerStatus"
    FROM "Order" o JOIN "Organization" b ON b.id = o."buyerId" WHERE o.id = ${orderId}::uuid`;
  if (!order || !canSeeOrder(actor, order)) return;
  const rule = transitionRule(order.status, to);
  if (!rule || !rule.by.some((party) => orderPartiesOf(actor, order).includes(party))) return;
  if (order.buyerStatus === "VERIFIED" || !isCurrencyCode(order.currency)) return;

  const thresholdMinor = BigInt(options.thresholdUsd ?? env().BUYER_REVIEW_ORDER_USD) * 10n ** BigInt(currencyExponent.USD);
  const rate = await findRate(client, order.currency, "USD", options.now ?? new Date());
  // No rate to USD: the order's size cannot be judged, so it is not blocked rather than
  // stopping every order in that currency until finance enters a rate.
  if (!rate) return;
  if (convertMinor(order.totalMinor, order.currency, "USD", rate.rate) < thresholdMinor) return;

  await client.$transaction((tx) => notify(tx, { type: "verification.buyer_review_required", data: { orderNumber: order.number }, link: "/buyer/verification", to: { organizationId: order.buyerId, roles: ["buyer_admin"] } }));
  throw new AppError("CONFLICT", "The buyer must be verified before this order can be confirmed", { messageKey: "verification:errors.buyer_review_required" });
}
