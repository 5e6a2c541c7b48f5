import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { HoldOrderForm } from "@/components/disputes/hold-order-form";
import { FlagList } from "@/components/hub/flag-list";
import { RequestDocumentsForm } from "@/components/hub/request-documents-form";
import { SectionCard } from "@/components/settlement/section-card";
import { PageHeader } from "@/components/ui/page-header";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { requirePageActor } from "@/lib/auth/page-guards";
import { db } from "@/lib/db/client";
import type { OrderStatus } from "@/lib/db/generated/enums.ts";
import { notFoundOnMissing } from "@/lib/errors/not-found-on-missing";
import { formatDateTime, formatMoney } from "@/lib/i18n/format";
import { getT, resolveLocale } from "@/lib/i18n/server";
import { getMonitoredOrder, monitoredOrderWindow } from "@/lib/monitoring/get-monitored-order";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: getT(await resolveLocale(params), "dashboard")("monitoring.title") };
}

/** What a moderator may do about cancelling, by status: the state machine lets the hub cancel only paid orders not yet shipped. */
function cancelKey(status: OrderStatus): "cancel_paid" | "cancel_before_payment" | "cancel_after_shipment" | "cancel_closed" {
  if (status === "PAID" || status === "IN_PRODUCTION") return "cancel_paid";
  if (status === "PENDING_SUPPLIER_CONFIRMATION" || status === "CONFIRMED" || status === "AWAITING_PAYMENT") return "cancel_before_payment";
  if (status === "COMPLETED" || status === "CANCELLED") return "cancel_closed";
  return "cancel_after_shipment";
}

const link = "font-medium text-brand-700 underline underline-offset-2";

/** One flagged order for a moderator: its flags with evidence, and hold/release, a request for documents, the way to cancel. */
export default async function MonitoredOrderPage({ params }: Props) {
  const locale = await resolveLocale(params);
  const { id } = await params;
  const actor = await requirePageActor(locale, `/${locale}/hub/monitoring/orders/${id}`, "disputes:decide");
  const t = getT(locale, "dashboard");
  const orders = getT(locale, "orders");
  const { order, flags, documentRequests } = await notFoundOnMissing(getMonitoredOrder(db(), actor, id));
  const orderHref = `/${locale}/orders/${order.id}`;
  const cancel = cancelKey(order.status);
  const facts: [string, ReactNode][] = [
    [t("monitoring.order.status"), orders(`status.${order.status}`)],
    [t("monitoring.order.total"), <span key="total" className="tabular-nums">{formatMoney(locale, order.totalMinor, order.currency)}</span>],
    [t("monitoring.order.placed"), formatDateTime(locale, order.createdAt)],
    [t("monitoring.order.buyer"), order.buyer.name],
    [t("monitoring.order.supplier"), <Link key="supplier" href={`/${locale}/suppliers/${order.supplier.id}`} className={link}>{order.supplier.name}</Link>],
  ];
  return (
    <div className="space-y-6">
      <p className="text-sm">
        <Link href={`/${locale}/hub/monitoring`} className="text-brand-700 underline underline-offset-2">← {t("monitoring.order.back")}</Link>
      </p>
      <PageHeader title={t("monitoring.order.title", { number: order.number })} description={t("monitoring.order.description")} />
      <SectionCard id="monitored-order" title={t("monitoring.order.summary")} actions={<Link href={orderHref} className={link}>{t("monitoring.order.open_order")}</Link>}>
        {order.heldAt ? (
          <p className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-900" data-testid="monitored-order-held">
            {t("monitoring.order.held_since", { time: formatDateTime(locale, order.heldAt), reason: order.holdReason ?? "" })}
          </p>
        ) : null}
        <dl className="grid grid-cols-1 gap-x-4 gap-y-1 text-sm sm:grid-cols-[minmax(0,12rem)_1fr]">
          {facts.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="text-slate-600">{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      </SectionCard>
      <SectionCard id="monitored-order-flags" title={t("monitoring.order.flags")}>
        {flags.length ? <FlagList locale={locale} flags={flags} showReviewLink={false} /> : <p className="text-sm text-slate-600">{t("monitoring.order.no_flags", { count: monitoredOrderWindow })}</p>}
      </SectionCard>
      <div className="grid gap-6 lg:grid-cols-2">
        <SectionCard id="monitored-order-hold" title={t("monitoring.order.hold_title")}>
          <p className="text-sm text-slate-700">{t("monitoring.order.hold_explain")}</p>
          <HoldOrderForm locale={locale} orderId={order.id} held={Boolean(order.heldAt)} />
        </SectionCard>
        <SectionCard id="monitored-order-documents" title={t("monitoring.request.title")}>
          <p className="text-sm text-slate-700">{t("monitoring.request.explain")}</p>
          <RequestDocumentsForm locale={locale} orderId={order.id} buyerName={order.buyer.name} supplierName={order.supplier.name} />
        </SectionCard>
      </div>
      <SectionCard id="monitored-order-cancel" title={t("monitoring.order.cancel_title")}>
        <p className="text-sm text-slate-700">{t(`monitoring.order.${cancel}`)}</p>
        {cancel === "cancel_paid" ? (
          <p className="text-sm">
            <Link href={orderHref} className={link}>{t("monitoring.order.cancel_link")}</Link>
          </p>
        ) : null}
      </SectionCard>
      <SectionCard id="monitored-order-requests" title={t("monitoring.order.requests_title")}>
        {documentRequests.length ? (
          <ScrollRegion labelledBy="monitored-order-requests">
            <table className="w-full text-left text-sm">
              <thead className="border-b border-slate-200 text-slate-600">
                <tr>
                  <th scope="col" className="py-1 pr-3 font-medium">{t("monitoring.order.col_time")}</th>
                  <th scope="col" className="py-1 pr-3 font-medium">{t("monitoring.order.col_party")}</th>
                  <th scope="col" className="py-1 font-medium">{t("monitoring.order.col_note")}</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {documentRequests.map((request, index) => (
                  <tr key={index}>
                    <td className="py-1 pr-3 whitespace-nowrap">{formatDateTime(locale, request.at)}</td>
                    <td className="py-1 pr-3">{t(`monitoring.evidence.role_${request.party}`)}</td>
                    <td className="py-1">{request.note}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        ) : (
          <p className="text-sm text-slate-600">{t("monitoring.order.requests_none")}</p>
        )}
      </SectionCard>
    </div>
  );
}
