import { ScrollRegion } from "@/components/ui/scroll-region";
import type { Locale } from "@/lib/i18n/config";
import { formatDate, formatMoney } from "@/lib/i18n/format";
import { getT } from "@/lib/i18n/server";
import type { OrderSettlement } from "@/lib/settlement/get-order-settlement";
import { PayOnlineButton } from "./pay-online-button";
import { SectionCard } from "./section-card";

const statusTone: Record<string, string> = {
  ISSUED: "bg-amber-50 text-amber-900 ring-amber-200",
  PARTIALLY_PAID: "bg-sky-50 text-sky-900 ring-sky-200",
  PAID: "bg-emerald-50 text-emerald-900 ring-emerald-200",
  VOID: "bg-slate-100 text-slate-700 ring-slate-200",
};

/** The order's invoices: what each covers, its payment reference (large, for copying into a bank form), status and PDF. */
export function InvoiceTable({ locale, settlement, onlinePayment }: { locale: Locale; settlement: OrderSettlement; onlinePayment: boolean }) {
  const t = getT(locale, "settlement");
  return (
    <SectionCard id="settlement-invoices" title={t("invoices.title")}>
      {settlement.invoices.length === 0 ? (
        <p className="text-sm text-slate-600">{t("no_invoices")}</p>
      ) : (
        <ScrollRegion labelledBy="settlement-invoices">
          <table className="w-full min-w-[48rem] text-left text-sm">
            <caption className="sr-only">{t("invoices.title")}</caption>
            <thead className="border-b border-slate-200 text-slate-600">
              <tr>
                <th scope="col" className="py-2 pr-3 font-medium">{t("invoices.number")}</th>
                <th scope="col" className="py-2 pr-3 font-medium">{t("invoices.reference")}</th>
                <th scope="col" className="py-2 pr-3 text-right font-medium">{t("invoices.amount")}</th>
                <th scope="col" className="py-2 pr-3 text-right font-medium">{t("invoices.paid")}</th>
                <th scope="col" className="py-2 pr-3 font-medium">{t("invoices.status")}</th>
                <th scope="col" className="py-2 pr-3 font-medium">{t("invoices.due")}</th>
                <th scope="col" className="py-2 font-medium">{t("invoices.pdf")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {settlement.invoices.map((invoice) => {
                const open = invoice.status === "ISSUED" || invoice.status === "PARTIALLY_PAID";
                return (
                  <tr key={invoice.id} data-testid={`invoice-${invoice.number}`} className="align-top">
                    <td className="py-2 pr-3">
                      <span className="font-medium">{invoice.number}</span>
                      <span className="block text-slate-600">{t(`invoice_kind.${invoice.kind}`)}</span>
                      <span className="block text-xs text-slate-600">
                        {t("invoices.covers")}: {formatMoney(locale, invoice.orderAmountMinor, invoice.orderCurrency)}
                      </span>
                    </td>
                    <td className="py-2 pr-3">
                      <code className="rounded bg-slate-100 px-2 py-1 font-mono text-base font-semibold tracking-wide text-slate-900 select-all" data-testid="payment-reference">
                        {invoice.paymentReference}
                      </code>
                    </td>
                    <td className="py-2 pr-3 text-right whitespace-nowrap tabular-nums">{formatMoney(locale, invoice.amountMinor, invoice.currency)}</td>
                    <td className="py-2 pr-3 text-right whitespace-nowrap tabular-nums">{formatMoney(locale, invoice.paidMinor, invoice.currency)}</td>
                    <td className="py-2 pr-3">
                      <span className={`inline-block rounded-full px-2 py-0.5 text-xs font-medium ring-1 ${statusTone[invoice.status] ?? ""}`}>{t(`invoice_status.${invoice.status}`)}</span>
                    </td>
                    <td className="py-2 pr-3 whitespace-nowrap">{invoice.dueAt ? formatDate(locale, invoice.dueAt) : invoice.dueEvent === "before_shipment" ? t("invoices.due_before_shipment") : "—"}</td>
                    <td className="space-y-2 py-2">
                      <a href={`/api/v1/invoices/${invoice.id}/pdf`} className="font-medium text-brand-700 underline underline-offset-2" target="_blank" rel="noopener">
                        {t("invoices.download", { number: invoice.number })}
                      </a>
                      {onlinePayment && open && settlement.permissions.isBuyer ? (
                        <PayOnlineButton locale={locale} invoiceId={invoice.id} label={t("card.pay", { amount: formatMoney(locale, invoice.amountMinor - invoice.paidMinor, invoice.currency) })} />
                      ) : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </ScrollRegion>
      )}
      {settlement.permissions.isBuyer && settlement.invoices.length ? <p className="text-sm text-slate-700">{t("invoices.copy_hint")}</p> : null}
    </SectionCard>
  );
}
