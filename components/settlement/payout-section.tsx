import type { Locale } from "@/lib/i18n/config";
import { formatDate, formatMoney, formatNumber } from "@/lib/i18n/format";
import { getT } from "@/lib/i18n/server";
import { currencyCodes } from "@/lib/money/currencies";
import type { OrderSettlement } from "@/lib/settlement/get-order-settlement";
import { ReleasePayoutForm } from "./release-payout-form";
import { SectionCard } from "./section-card";

const releasable = new Set(["DELIVERED", "COMPLETED"]);

/** The supplier's payout: order value, commission, the net amount paid and in which currency; finance releases it here. */
export function PayoutSection({ locale, settlement }: { locale: Locale; settlement: OrderSettlement }) {
  const t = getT(locale, "settlement");
  const { payout } = settlement;
  const canRelease =
    settlement.permissions.manage && !payout && releasable.has(settlement.order.status) && settlement.invoices.some((i) => i.status !== "VOID") && settlement.invoices.every((i) => i.status === "PAID" || i.status === "VOID");
  return (
    <SectionCard id="settlement-payout" title={t("payout.title")}>
      {payout ? (
        <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]" data-testid="settlement-payout">
          <dt className="text-slate-600">{t("payout.gross")}</dt>
          <dd className="font-medium tabular-nums">{formatMoney(locale, payout.grossMinor, payout.orderCurrency)}</dd>
          <dt className="text-slate-600">{t("payout.commission", { percent: formatNumber(locale, payout.commissionBps / 10000, { style: "percent", maximumFractionDigits: 2 }) })}</dt>
          <dd className="font-medium tabular-nums">−{formatMoney(locale, payout.commissionMinor, payout.orderCurrency)}</dd>
          <dt className="text-slate-600">{t("payout.net")}</dt>
          <dd className="text-lg font-semibold tabular-nums" data-testid="payout-amount">{formatMoney(locale, payout.amountMinor, payout.currency)}</dd>
          <dt className="sr-only">{t("payout.title")}</dt>
          <dd className="text-slate-600 sm:col-start-2">{t("payout.released", { date: formatDate(locale, payout.createdAt) })}</dd>
        </dl>
      ) : (
        <p className="text-sm text-slate-700">{t("payout.not_yet")}</p>
      )}
      {canRelease ? <ReleasePayoutForm locale={locale} orderId={settlement.order.id} currencies={[...currencyCodes]} /> : null}
    </SectionCard>
  );
}
