import type { Metadata } from "next";
import Link from "next/link";
import { Pager } from "@/components/ui/pager";
import { orderMoney } from "@/components/orders/order-money";
import { approximatePrices } from "@/lib/catalog/approximate-prices";
import { resolveDisplayCurrency } from "@/lib/money/resolve-display-currency";
import { OrderStatusBadge } from "@/components/orders/order-status-badge";
import { buttonClass } from "@/components/ui/button-styles";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageActor } from "@/lib/auth/page-guards";
import { db } from "@/lib/db/client";
import { OrderStatus } from "@/lib/db/generated/enums.ts";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import { getT, resolveLocale } from "@/lib/i18n/server";
import { listOrders } from "@/lib/orders/list-orders";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | undefined>> };

const tabClass = "rounded-full border border-slate-300 px-3 py-1 text-sm aria-[current]:border-brand-700 aria-[current]:bg-brand-700 aria-[current]:text-white";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: getT(await resolveLocale(params), "orders")("list.title") };
}

/** The actor's orders — placed (buyer), received (supplier) or all of them (hub) — by status. */
export default async function OrdersPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const actor = await requirePageActor(locale, `/${locale}/orders`);
  const t = getT(locale, "orders");
  const tc = getT(locale, "catalog");
  const result = await listOrders(db(), actor, await searchParams);
  // Each total also in the reader's display currency (header choice), the original first.
  const approx = await approximatePrices(db(), result.orders.map((order) => ({ key: order.id, minor: order.totalMinor, currency: order.currency })), await resolveDisplayCurrency(actor, locale), locale);
  const side = actor.organization.type;
  const base = `/${locale}/orders`;
  const href = (overrides: Record<string, string | undefined>) => {
    const next = new URLSearchParams(Object.entries<string | undefined>({ status: result.query.status, ...overrides }).filter((entry): entry is [string, string] => Boolean(entry[1])));
    return next.size ? `${base}?${next}` : base;
  };
  const allCount = Object.values(result.counts).reduce((sum, n) => sum + n, 0);

  return (
    <div className="space-y-6">
      <PageHeader title={t("list.title")} description={t(`list.description_${side}`)} />
      <nav aria-label={t("list.filter_by_status")} className="flex flex-wrap gap-2">
        <Link href={href({ status: undefined })} aria-current={!result.query.status ? "page" : undefined} className={tabClass}>
          {t("list.all")} ({formatNumber(locale, allCount)})
        </Link>
        {Object.values(OrderStatus).map((status) => (
          <Link key={status} href={href({ status })} aria-current={result.query.status === status ? "page" : undefined} className={tabClass}>
            {t(`status.${status}`)} ({formatNumber(locale, result.counts[status])})
          </Link>
        ))}
      </nav>

      {result.orders.length === 0 ? (
        <div className="rounded-xl border border-dashed border-slate-300 bg-white p-8 text-center">
          <p className="text-slate-700">{allCount === 0 ? t(`list.empty_${side}`) : t("list.no_match")}</p>
          {allCount === 0 && side === "BUYER" ? (
            <Link href={`/${locale}/search`} className={`${buttonClass.primary} mt-4`}>
              {t("list.find_products")}
            </Link>
          ) : null}
        </div>
      ) : (
        <>
          <p className="text-sm text-slate-600">{t("list.total", { count: result.total, formatted: formatNumber(locale, result.total) })}</p>
          <div className="relative overflow-x-auto rounded-xl border border-slate-200 bg-white">
            <table className="w-full min-w-[46rem] text-left text-sm">
              <caption className="sr-only">{t("list.title")}</caption>
              <thead className="border-b border-slate-200 text-slate-600">
                <tr>
                  <th scope="col" className="px-4 py-2 font-medium">{t("list.col_number")}</th>
                  <th scope="col" className="px-4 py-2 font-medium">{t(`list.col_party_${side}`)}</th>
                  <th scope="col" className="px-4 py-2 font-medium">{t("list.col_goods")}</th>
                  <th scope="col" className="px-4 py-2 text-right font-medium">{t("list.col_total")}</th>
                  <th scope="col" className="px-4 py-2 font-medium">{t("list.col_status")}</th>
                  <th scope="col" className="px-4 py-2 font-medium">{t("list.col_date")}</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {result.orders.map((order) => {
                  const line = order.lines[0];
                  const counterparty = side === "BUYER" ? order.supplier.name : side === "SUPPLIER" ? order.buyer.name : `${order.buyer.name} → ${order.supplier.name}`;
                  return (
                    <tr key={order.id}>
                      <td className="px-4 py-3 whitespace-nowrap">
                        <Link href={`${base}/${order.id}`} className="font-medium text-brand-800 hover:underline">
                          {order.number}
                        </Link>
                      </td>
                      <td className="px-4 py-3">{counterparty}</td>
                      <td className="max-w-xs px-4 py-3">
                        {line ? (
                          <>
                            <span className="line-clamp-2 break-words">{line.description}</span>
                            <span className="block text-xs text-slate-600">
                              {formatNumber(locale, line.quantity)} {tc(`unit.${line.unit}`, { defaultValue: line.unit })}
                            </span>
                          </>
                        ) : (
                          "—"
                        )}
                      </td>
                      <td className="px-4 py-3 text-right whitespace-nowrap tabular-nums">
                        {orderMoney(locale, order.totalMinor, order.currency)}
                        {approx.get(order.id) ? (
                          <span className="block text-xs text-slate-600" title={approx.get(order.id)!.title}>
                            {approx.get(order.id)!.text}
                          </span>
                        ) : null}
                      </td>
                      <td className="px-4 py-3">
                        <OrderStatusBadge status={order.status} label={t(`status.${order.status}`)} />
                      </td>
                      <td className="px-4 py-3 whitespace-nowrap">{formatDate(locale, order.createdAt)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </>
      )}
      <Pager
        label={t("list.pages")}
        previous={{ label: t("list.previous"), href: result.query.page > 1 ? href({ page: String(result.query.page - 1) }) : null }}
        next={{ label: t("list.next"), href: result.query.page < result.pages ? href({ page: String(result.query.page + 1) }) : null }}
        status={t("list.page_of", { page: formatNumber(locale, result.query.page), pages: formatNumber(locale, result.pages) })}
      />
    </div>
  );
}
