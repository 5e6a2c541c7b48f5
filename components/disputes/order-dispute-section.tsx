import Link from "next/link";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { canOpenDispute } from "@/lib/disputes/open-dispute";
import { getOrderDispute } from "@/lib/disputes/get-order-dispute";
import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import type { OrderView } from "@/lib/orders/get-order";
import { AnswerDisputeForm } from "./answer-dispute-form";
import { DisputeDetails } from "./dispute-details";
import { HoldOrderForm } from "./hold-order-form";
import { OpenDisputeForm } from "./open-dispute-form";

type Props = { locale: Locale; actor: Actor; order: Pick<OrderView, "id" | "status" | "buyerId" | "supplierId" | "deliveryDate" | "heldAt" | "holdReason">; timeZone: string };

/**
 * The order's dispute and hold, for whoever may act: the buyer opens a dispute on a delivered
 * or late order, the supplier answers it, moderators hold or release the order and go to the
 * decision page. Nothing at all when there is nothing to show or do.
 */
export async function OrderDisputeSection({ locale, actor, order, timeZone }: Props) {
  const t = getT(locale, "disputes");
  const dispute = await getOrderDispute(db(), actor, order.id);
  const isBuyer = can(actor, "disputes:open", { organizationId: order.buyerId });
  const isSupplier = can(actor, "disputes:answer", { organizationId: order.supplierId });
  const moderator = can(actor, "disputes:decide");
  const mayOpen = !dispute && isBuyer && canOpenDispute(order);
  if (!dispute && !mayOpen && !moderator && !order.heldAt) return null;
  return (
    <section aria-labelledby="order-dispute-heading" className="space-y-3 rounded-xl border border-slate-200 bg-white p-5 sm:p-6">
      <h2 id="order-dispute-heading" className="text-lg font-semibold">{dispute ? t("section.title") : t("section.title_none")}</h2>
      {order.heldAt ? <p className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-900" data-testid="order-held">{t("hold.banner", { reason: order.holdReason ?? "" })}</p> : null}
      {dispute ? <DisputeDetails locale={locale} dispute={dispute} timeZone={timeZone} /> : null}
      {dispute && isSupplier && !dispute.supplierAnswer && dispute.status !== "DECIDED" ? <AnswerDisputeForm locale={locale} orderId={order.id} disputeId={dispute.id} /> : null}
      {mayOpen ? <OpenDisputeForm locale={locale} orderId={order.id} late={order.status !== "DELIVERED"} /> : null}
      {moderator ? (
        <div className="space-y-3 border-t border-slate-200 pt-3">
          {dispute && dispute.status !== "DECIDED" ? (
            <Link href={`/${locale}/hub/disputes/${dispute.id}`} className="text-sm font-medium text-brand-700 underline underline-offset-2">{t("section.decide_link")}</Link>
          ) : null}
          <HoldOrderForm locale={locale} orderId={order.id} held={Boolean(order.heldAt)} />
        </div>
      ) : null}
    </section>
  );
}
