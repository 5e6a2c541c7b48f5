import { formatMoney } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import type { OrderSettlement } from "@/lib/settlement/get-order-settlement";

/** The four figures a finance officer looks for first; each is a sum of the invoices below. */
export function SettlementSummary({ locale, settlement }: { locale: Locale; settlement: OrderSettlement }) {
  const t = getT(locale, "settlement");
  const money = (minor: bigint) => formatMoney(locale, minor, settlement.currency);
  const tiles = [
    { key: "order_total", value: formatMoney(locale, settlement.order.totalMinor, settlement.order.currency) },
    { key: "invoiced", value: money(settlement.totalMinor) },
    { key: "paid", value: money(settlement.paidMinor) },
    { key: "outstanding", value: money(settlement.outstandingMinor), strong: settlement.outstandingMinor > 0n },
  ];
  return (
    <section aria-labelledby="settlement-summary" className="space-y-3">
      <h2 id="settlement-summary" className="sr-only">
        {t("summary.title")}
      </h2>
      <dl className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        {tiles.map((tile) => (
          <div key={tile.key} className="rounded-xl border border-slate-200 bg-white p-4">
            <dt className="text-sm text-slate-600">{t(`summary.${tile.key}`)}</dt>
            <dd className={`mt-1 text-xl font-semibold tabular-nums ${tile.strong ? "text-amber-800" : ""}`} data-testid={`settlement-${tile.key}`}>
              {tile.value}
            </dd>
          </div>
        ))}
      </dl>
      {settlement.creditedMinor > 0n ? (
        <p className="text-sm text-slate-700" data-testid="settlement-credited">
          {t("summary.credited")}: <span className="font-semibold tabular-nums">{money(settlement.creditedMinor)}</span>
        </p>
      ) : null}
      {settlement.creditMinor > 0n ? (
        <p className="rounded-md border border-sky-200 bg-sky-50 px-3 py-2 text-sm text-sky-900" data-testid="settlement-credit">
          {t("summary.credit")}: <span className="font-semibold tabular-nums">{money(settlement.creditMinor)}</span>
        </p>
      ) : null}
    </section>
  );
}
