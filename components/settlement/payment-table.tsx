import { ScrollRegion } from "@/components/ui/scroll-region";
import type { Locale } from "@/lib/i18n/config";
import { formatDate, formatMoney } from "@/lib/i18n/format";
import { getT } from "@/lib/i18n/server";
import type { OrderSettlement } from "@/lib/settlement/get-order-settlement";
import { SectionCard } from "./section-card";

/** Money received for the order's invoices, with any refunds of it. */
export function PaymentTable({ locale, settlement }: { locale: Locale; settlement: OrderSettlement }) {
  const t = getT(locale, "settlement");
  return (
    <SectionCard id="settlement-payments" title={t("payments.title")}>
      {settlement.payments.length === 0 ? (
        <p className="text-sm text-slate-600">{t("payments.empty")}</p>
      ) : (
        <ScrollRegion labelledBy="settlement-payments">
          <table className="w-full min-w-[36rem] text-left text-sm">
            <caption className="sr-only">{t("payments.title")}</caption>
            <thead className="border-b border-slate-200 text-slate-600">
              <tr>
                <th scope="col" className="py-2 pr-3 font-medium">{t("payments.date")}</th>
                <th scope="col" className="py-2 pr-3 font-medium">{t("payments.rail")}</th>
                <th scope="col" className="py-2 pr-3 font-medium">{t("payments.invoice")}</th>
                <th scope="col" className="py-2 pr-3 text-right font-medium">{t("payments.amount")}</th>
                <th scope="col" className="py-2 font-medium">{t("payments.status")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {settlement.payments.map((payment) => (
                <tr key={payment.id} data-testid="settlement-payment">
                  <td className="py-2 pr-3 whitespace-nowrap">{formatDate(locale, payment.valueDate)}</td>
                  <td className="py-2 pr-3">{t(`rail.${payment.rail}`)}</td>
                  <td className="py-2 pr-3">{payment.invoiceNumber}</td>
                  <td className="py-2 pr-3 text-right whitespace-nowrap tabular-nums">
                    {formatMoney(locale, payment.amountMinor, payment.currency)}
                    {payment.refundedMinor > 0n ? (
                      <span className="block text-xs text-slate-600">
                        {t("payments.refunded")}: {formatMoney(locale, payment.refundedMinor, payment.currency)}
                      </span>
                    ) : null}
                  </td>
                  <td className="py-2">
                    {t(`payment_status.${payment.status}`)}
                    {payment.refunds.map((refund) => (
                      <span key={refund.id} className="block text-xs text-slate-600">
                        {t(`refund_status.${refund.status}`)} · {formatMoney(locale, refund.amountMinor, refund.currency)}
                      </span>
                    ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </SectionCard>
  );
}
