import type { Metadata } from "next";
import Link from "next/link";
import { OrderDisputeSection } from "@/components/disputes/order-dispute-section";
import { OrderActions } from "@/components/orders/order-actions";
import { OrderConversation } from "@/components/orders/order-conversation";
import { OrderDocuments } from "@/components/orders/order-documents";
import { OrderFacts } from "@/components/orders/order-facts";
import { OrderLines } from "@/components/orders/order-lines";
import { OrderStatusBadge } from "@/components/orders/order-status-badge";
import { OrderTimeline } from "@/components/orders/order-timeline";
import { OrderReviewSection } from "@/components/trust/order-review-section";
import { timeZoneFor } from "@/components/rfq/deal-time";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button-styles";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageActor } from "@/lib/auth/page-guards";
import { db } from "@/lib/db/client";
import { notFoundOnMissing } from "@/lib/errors/not-found-on-missing";
import { formatDate } from "@/lib/i18n/format";
import { getT, resolveLocale } from "@/lib/i18n/server";
import { getOrder } from "@/lib/orders/get-order";
import { orderPartiesOf } from "@/lib/orders/order-parties";

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<{ created?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: getT(await resolveLocale(params), "orders")("detail.meta_title") };
}

/** One order for its buyer, its supplier or hub staff: terms, goods, shipment, documents, history and next steps. */
export default async function OrderPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const { id } = await params;
  const actor = await requirePageActor(locale, `/${locale}/orders/${id}`);
  const t = getT(locale, "orders");
  const [order, { created }] = await Promise.all([notFoundOnMissing(getOrder(db(), actor, id)), searchParams]);
  const parties = orderPartiesOf(actor, order);
  const terminal = order.status === "COMPLETED" || order.status === "CANCELLED";

  return (
    <div className="space-y-6">
      <p className="text-sm">
        <Link href={`/${locale}/orders`} className="text-brand-700 hover:underline">
          ← {t("detail.back")}
        </Link>
      </p>
      <PageHeader
        title={t("detail.title", { number: order.number })}
        actions={
          <Link href={`/${locale}/orders/${order.id}/settlement`} className={buttonClass.secondary}>
            {getT(locale, "settlement")("open_settlement")}
          </Link>
        }
        description={
          <>
            {t("detail.placed", { date: formatDate(locale, order.createdAt) })}
            {order.rfq ? (
              <>
                {" · "}
                <Link href={`/${locale}/rfqs/${order.rfq.id}`} className="text-brand-700 underline underline-offset-2">
                  {t("detail.source_rfq", { number: order.rfq.number })}
                </Link>
              </>
            ) : order.listingId ? (
              <>
                {" · "}
                <Link href={`/${locale}/listings/${order.listingId}`} className="text-brand-700 underline underline-offset-2">
                  {t("detail.source_listing")}
                </Link>
              </>
            ) : null}
          </>
        }
      />
      {created === "1" ? <Alert kind="success">{t("detail.created")}</Alert> : null}

      <section aria-labelledby="order-status-heading" className="space-y-3 rounded-xl border border-slate-200 bg-white p-5 sm:p-6">
        <div className="flex flex-wrap items-center gap-3">
          <h2 id="order-status-heading" className="text-lg font-semibold">
            {t("detail.status")}
          </h2>
          <OrderStatusBadge status={order.status} label={t(`status.${order.status}`)} />
        </div>
        <p className="text-sm text-slate-700">{t(`status_hint.${order.status}`)}</p>
        {order.nextSteps.length ? (
          <OrderActions locale={locale} orderId={order.id} status={order.status} steps={order.nextSteps} />
        ) : !terminal && parties.length ? (
          <p className="text-sm text-slate-600">{t("actions.none")}</p>
        ) : null}
      </section>

      <OrderReviewSection locale={locale} actor={actor} orderId={order.id} />
      <OrderDisputeSection locale={locale} actor={actor} order={order} timeZone={timeZoneFor(actor.organization.country)} />
      <OrderFacts locale={locale} order={order} />
      <OrderLines locale={locale} order={order} />
      <div className="grid gap-6 lg:grid-cols-2">
        <div className="min-w-0">
          <OrderDocuments locale={locale} order={order} canUpload={parties.includes("supplier") && order.status !== "CANCELLED"} />
        </div>
        <div className="min-w-0">
          <OrderTimeline locale={locale} order={order} timeZone={timeZoneFor(actor.organization.country)} />
        </div>
      </div>
      {order.quote ? <OrderConversation locale={locale} order={order} timeZone={timeZoneFor(actor.organization.country)} /> : null}
    </div>
  );
}
