import { ScrollRegion } from "@/components/ui/scroll-region";
import type { Locale } from "@/lib/i18n/config";
import { formatDate, formatMoney } from "@/lib/i18n/format";
import { getT } from "@/lib/i18n/server";
import { describeLedgerTransaction } from "@/lib/settlement/describe-ledger-transaction";
import type { OrderSettlement } from "@/lib/settlement/get-order-settlement";
import { SectionCard } from "./section-card";

/** The ledger behind every figure on the page, transaction by transaction — the settlement's timeline. */
export function LedgerEntries({ locale, settlement }: { locale: Locale; settlement: OrderSettlement }) {
  const t = getT(locale, "settlement");
  return (
    <SectionCard id="settlement-ledger" title={t("ledger.title")}>
      <p className="text-sm text-slate-700">{t("ledger.explain")}</p>
      {settlement.transactions.length === 0 ? (
        <p className="text-sm text-slate-600">{t("ledger.empty")}</p>
      ) : (
        <ScrollRegion labelledBy="settlement-ledger">
          <table className="w-full min-w-[40rem] text-left text-sm">
            <caption className="sr-only">{t("ledger.title")}</caption>
            <thead className="border-b border-slate-200 text-slate-600">
              <tr>
                <th scope="col" className="py-2 pr-3 font-medium">{t("ledger.date")}</th>
                <th scope="col" className="py-2 pr-3 font-medium">{t("ledger.account")}</th>
                <th scope="col" className="py-2 pr-3 text-right font-medium">{t("ledger.debit")}</th>
                <th scope="col" className="py-2 text-right font-medium">{t("ledger.credit")}</th>
              </tr>
            </thead>
            {settlement.transactions.map((transaction) => (
              <tbody key={transaction.id} className="border-b border-slate-200" data-testid="ledger-transaction">
                <tr className="bg-slate-50">
                  <th scope="rowgroup" colSpan={4} className="py-1.5 pr-3 font-medium">
                    {formatDate(locale, transaction.effectiveAt)} · {describeLedgerTransaction(t, transaction)}
                  </th>
                </tr>
                {transaction.entries.map((entry) => (
                  <tr key={String(entry.id)}>
                    <td className="py-1 pr-3" />
                    <td className="py-1 pr-3">{t(`account_kind.${entry.accountKind}`)}</td>
                    <td className="py-1 pr-3 text-right whitespace-nowrap tabular-nums">{entry.amountMinor > 0n ? formatMoney(locale, entry.amountMinor, entry.currency) : ""}</td>
                    <td className="py-1 text-right whitespace-nowrap tabular-nums">{entry.amountMinor < 0n ? formatMoney(locale, -entry.amountMinor, entry.currency) : ""}</td>
                  </tr>
                ))}
              </tbody>
            ))}
          </table>
        </ScrollRegion>
      )}
    </SectionCard>
  );
}
