import Link from "next/link";
import type { ReactNode } from "react";
import type { Locale } from "@/lib/i18n/config";
import { formatDateTime, formatMoney } from "@/lib/i18n/format";
import { getT } from "@/lib/i18n/server";
import { decimalForInput } from "@/lib/listings/listing-form-values";
import { isCurrencyCode } from "@/lib/money/currencies";
import { minorToDecimal } from "@/lib/money/decimal";
import type { RfqView } from "@/lib/rfq/get-rfq";
import { priceForQuantity } from "@/lib/rfq/price-for-quantity";
import { AcceptQuoteForm } from "./accept-quote-form";
import { CounterForm } from "./counter-form";
import { MessageForm } from "./message-form";
import { MessageThread } from "./message-thread";
import { RevisionHistory } from "./revision-history";
import { QuoteStatusBadge } from "./status-badges";

type Quote = RfqView["quotes"][number];
type Props = {
  locale: Locale;
  rfq: RfqView;
  quote: Quote;
  /** Whose page this is: the buyer sees the supplier's name as the title, a supplier "your quote". */
  side: "buyer" | "supplier" | "hub";
  viewerOrgId: string;
  unit: string;
  timeZone: string;
  now: Date;
  /** The buyer may counter and accept (an open RFQ, a buyer role). */
  canDecide: boolean;
  /** The viewer may write in the thread (a party with a role, while the RFQ is open). */
  canMessage: boolean;
  counterCurrencies: string[];
  /** The supplier's offer form, placed between the history and the messages. */
  children?: ReactNode;
};

/** One negotiation: its history of offers and counter-offers, the buyer's decisions, the messages. */
export function NegotiationSection({ locale, rfq, quote, side, viewerOrgId, unit, timeZone, now, canDecide, canMessage, counterCurrencies, children }: Props) {
  const t = getT(locale, "rfq");
  const latest = quote.revisions.at(-1);
  const open = quote.status === "OFFERED" || quote.status === "COUNTERED";
  const headingId = `quote-${quote.id}-heading`;
  const money = (minor: bigint, currency: string) => (isCurrencyCode(currency) ? formatMoney(locale, minor, currency) : `${minor} ${currency}`);
  const total = latest && isCurrencyCode(latest.currency) ? money(priceForQuantity(latest.unitPriceMinor, latest.currency, latest.quantityBreaks, latest.quantity) * BigInt(latest.quantity), latest.currency) : "";
  const blockedReason =
    quote.status === "COUNTERED"
      ? t("accept.blocked_awaiting")
      : latest && latest.validUntil.getTime() <= now.getTime()
        ? t("accept.blocked_expired", { date: formatDateTime(locale, latest.validUntil, timeZone) })
        : null;

  return (
    <section id={`quote-${quote.id}`} aria-labelledby={headingId} className="scroll-mt-4 space-y-5 rounded-xl border border-slate-200 bg-white p-5 sm:p-6">
      <div className="flex flex-wrap items-center gap-3">
        <h2 id={headingId} className="text-lg font-semibold">
          {side === "supplier" ? t("negotiation.your_quote") : quote.supplier.name}
        </h2>
        <QuoteStatusBadge status={quote.status} label={t(`quote_status.${quote.status}`)} />
        {side !== "supplier" ? <span className="text-sm text-slate-600">{quote.supplier.city}</span> : null}
      </div>
      {side !== "hub" ? <p className="text-sm text-slate-700">{t(`negotiation.explain_${side}.${quote.status}`)}</p> : null}
      {quote.order ? (
        <p className="text-sm">
          <Link href={`/${locale}/orders/${quote.order.id}`} className="font-medium text-brand-700 hover:underline">
            {t("negotiation.order_link", { number: quote.order.number })}
          </Link>
        </p>
      ) : null}

      <div className="space-y-2">
        <h3 className="text-base font-semibold">{t("negotiation.history")}</h3>
        <RevisionHistory locale={locale} revisions={quote.revisions} supplierName={quote.supplier.name} buyerName={rfq.buyer.name} viewerOrgId={viewerOrgId} unit={unit} timeZone={timeZone} />
      </div>

      {canDecide && open && latest ? (
        <div className="space-y-4 border-t border-slate-100 pt-4">
          <AcceptQuoteForm locale={locale} rfqId={rfq.id} quoteId={quote.id} supplierName={quote.supplier.name} total={total} blockedReason={blockedReason} />
          <details className="rounded-lg border border-slate-200 p-4 open:bg-slate-50/60">
            <summary className="cursor-pointer font-medium text-brand-800">{t("counter.title")}</summary>
            <div className="mt-3">
              <CounterForm
                locale={locale}
                rfqId={rfq.id}
                quoteId={quote.id}
                unit={unit}
                currencies={counterCurrencies}
                values={{
                  amount: isCurrencyCode(latest.currency) ? decimalForInput(minorToDecimal(latest.unitPriceMinor, latest.currency), locale) : "",
                  currency: latest.currency,
                  quantity: String(latest.quantity),
                  leadTimeDays: String(latest.leadTimeDays),
                  incoterm: latest.incoterm,
                  namedPlace: latest.namedPlace,
                  paymentTerms: latest.paymentTerms ?? "",
                }}
              />
            </div>
          </details>
        </div>
      ) : null}

      {children}

      <div className="space-y-3 border-t border-slate-100 pt-4">
        <h3 className="text-base font-semibold">{t("messages.title")}</h3>
        <MessageThread locale={locale} messages={quote.messages} names={{ [rfq.buyer.id]: rfq.buyer.name, [quote.supplier.id]: quote.supplier.name }} viewerOrgId={viewerOrgId} timeZone={timeZone} />
        {canMessage ? <MessageForm locale={locale} rfqId={rfq.id} quoteId={quote.id} /> : null}
      </div>
    </section>
  );
}
