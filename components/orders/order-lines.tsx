import type { Locale } from "@/lib/i18n/config";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import { getT } from "@/lib/i18n/server";
import { describeRate } from "@/lib/money/fx/format-rate-for-locale";
import { rateSnapshotSchema } from "@/lib/money/fx/rate-snapshot";
import type { OrderView } from "@/lib/orders/get-order";
import { orderMoney } from "./order-money";

type Props = { locale: Locale; order: Pick<OrderView, "lines" | "currency" | "totalMinor" | "buyerCurrency" | "buyerTotalMinor" | "fxSnapshot"> };

/**
 * The goods, the order total in the order's currency and, when a rate existed at order time,
 * the total in the buyer's own currency with the rate it was converted at — the snapshot stored
 * with the order, so the figure does not move when rates change.
 */
export function OrderLines({ locale, order }: Props) {
  const t = getT(locale, "orders");
  const tc = getT(locale, "catalog");
  const snapshot = rateSnapshotSchema.safeParse(order.fxSnapshot);
  const fx = snapshot.success ? snapshot.data : null;
  const sources = fx ? [...new Set(fx.legs.map((leg) => leg.source))].join(", ") : "";
  return (
    <section aria-labelledby="order-lines-heading" className="rounded-xl border border-slate-200 bg-white p-5 sm:p-6">
      <h2 id="order-lines-heading" className="mb-3 text-lg font-semibold">
        {t("detail.lines")}
      </h2>
      <div className="relative overflow-x-auto">
        <table className="w-full min-w-[36rem] text-left text-sm">
          <caption className="sr-only">{t("detail.lines")}</caption>
          <thead className="border-b border-slate-200 text-slate-600">
            <tr>
              <th scope="col" className="py-2 pr-3 font-medium">{t("detail.col_position")}</th>
              <th scope="col" className="py-2 pr-3 font-medium">{t("detail.col_description")}</th>
              <th scope="col" className="py-2 pr-3 text-right font-medium">{t("detail.col_quantity")}</th>
              <th scope="col" className="py-2 pr-3 font-medium">{t("detail.col_unit")}</th>
              <th scope="col" className="py-2 pr-3 text-right font-medium">{t("detail.col_unit_price")}</th>
              <th scope="col" className="py-2 text-right font-medium">{t("detail.col_total")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {order.lines.map((line) => (
              <tr key={line.id}>
                <td className="py-2 pr-3 tabular-nums">{formatNumber(locale, line.position)}</td>
                <td className="py-2 pr-3 break-words">{line.description}</td>
                <td className="py-2 pr-3 text-right tabular-nums">{formatNumber(locale, line.quantity)}</td>
                <td className="py-2 pr-3">{tc(`unit.${line.unit}`, { defaultValue: line.unit })}</td>
                <td className="py-2 pr-3 text-right whitespace-nowrap tabular-nums">{orderMoney(locale, line.unitPriceMinor, order.currency)}</td>
                <td className="py-2 text-right whitespace-nowrap tabular-nums">{orderMoney(locale, line.totalMinor, order.currency)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot className="border-t border-slate-300">
            <tr>
              <th scope="row" colSpan={5} className="py-2 pr-3 text-right font-semibold">
                {t("detail.total")}
              </th>
              <td className="py-2 text-right font-semibold whitespace-nowrap tabular-nums">{orderMoney(locale, order.totalMinor, order.currency)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
      {order.buyerTotalMinor !== null && order.buyerCurrency ? (
        <div className="mt-3 space-y-1 rounded-md bg-slate-50 px-3 py-2 text-sm">
          <p className="font-medium">{t("detail.approx_total", { amount: orderMoney(locale, order.buyerTotalMinor, order.buyerCurrency), currency: order.buyerCurrency })}</p>
          {fx ? (
            <p className="text-slate-700">
              {t("detail.fx_rate", { rate: describeRate(locale, fx.from, fx.to, fx.display), source: sources, date: formatDate(locale, new Date(fx.effectiveAt)) })}
              {fx.stale ? ` ${t("detail.fx_stale")}` : null}
            </p>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
