import { ScrollRegion } from "@/components/ui/scroll-region";
import type { Locale } from "@/lib/i18n/config";
import { formatDate, formatMoney } from "@/lib/i18n/format";
import { getT } from "@/lib/i18n/server";
import { describeLedgerTransaction } from "@/lib/settlement/describe-ledger-transaction";
import type { Statement } from "@/lib/settlement/get-statement";

/** The statement's lines with the running balance, between the opening and closing balances. */
export function StatementTable({ locale, statement }: { locale: Locale; statement: Statement }) {
  const t = getT(locale, "settlement");
  const money = (minor: bigint) => formatMoney(locale, minor, statement.currency);
  const perspective = statement.perspective;
  return (
    <div className="space-y-3">
      <ScrollRegion labelledBy="statement-result">
        <table className="w-full min-w-[44rem] text-left text-sm">
          <caption className="sr-only">{t("statement.title")}</caption>
          <thead className="border-b border-slate-200 text-slate-600">
            <tr>
              <th scope="col" className="py-2 pr-3 font-medium">{t("statement.date")}</th>
              <th scope="col" className="py-2 pr-3 font-medium">{t("statement.description")}</th>
              <th scope="col" className="py-2 pr-3 font-medium">{t("statement.reference")}</th>
              <th scope="col" className="py-2 pr-3 text-right font-medium">{t(`statement.${perspective}.debit`)}</th>
              <th scope="col" className="py-2 pr-3 text-right font-medium">{t(`statement.${perspective}.credit`)}</th>
              <th scope="col" className="py-2 text-right font-medium">{t(`statement.${perspective}.balance`)}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            <tr className="bg-slate-50">
              <th scope="row" colSpan={5} className="py-2 pr-3 font-medium">{t("statement.openingBalance")}</th>
              <td className="py-2 text-right font-medium whitespace-nowrap tabular-nums">{money(statement.openingBalanceMinor)}</td>
            </tr>
            {statement.lines.length === 0 ? (
              <tr>
                <td colSpan={6} className="py-3 text-slate-600">{t("statement.empty")}</td>
              </tr>
            ) : (
              statement.lines.map((line, index) => (
                <tr key={`${line.transactionId}-${index}`} data-testid="statement-line">
                  <td className="py-2 pr-3 whitespace-nowrap">{formatDate(locale, line.date)}</td>
                  <td className="py-2 pr-3">{describeLedgerTransaction(t, line)}</td>
                  <td className="py-2 pr-3 whitespace-nowrap">{line.reference}</td>
                  <td className="py-2 pr-3 text-right whitespace-nowrap tabular-nums">{line.debitMinor ? money(line.debitMinor) : ""}</td>
                  <td className="py-2 pr-3 text-right whitespace-nowrap tabular-nums">{line.creditMinor ? money(line.creditMinor) : ""}</td>
                  <td className="py-2 text-right whitespace-nowrap tabular-nums">{money(statement.rows[index]!.balanceMinor)}</td>
                </tr>
              ))
            )}
          </tbody>
          <tfoot className="border-t border-slate-300">
            <tr>
              <th scope="row" colSpan={3} className="py-2 pr-3 font-semibold">{t("statement.closingBalance")}</th>
              <td className="py-2 pr-3 text-right font-semibold whitespace-nowrap tabular-nums">{money(statement.totalDebitMinor)}</td>
              <td className="py-2 pr-3 text-right font-semibold whitespace-nowrap tabular-nums">{money(statement.totalCreditMinor)}</td>
              <td className="py-2 text-right font-semibold whitespace-nowrap tabular-nums" data-testid="statement-closing">{money(statement.closingBalanceMinor)}</td>
            </tr>
          </tfoot>
        </table>
      </ScrollRegion>
      <p className="text-sm text-slate-600">{t("statement.ledger_balance", { amount: money(statement.ledgerBalanceMinor) })}</p>
    </div>
  );
}
