import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { ComparisonSection } from "@/components/rfq/comparison-section";
import { dateInputValue, timeZoneFor } from "@/components/rfq/deal-time";
import { NegotiationSection } from "@/components/rfq/negotiation-section";
import { QuoteForm, type QuoteFormValues } from "@/components/rfq/quote-form";
import { RfqBuyerActions } from "@/components/rfq/rfq-buyer-actions";
import { WithdrawQuoteButton } from "@/components/rfq/withdraw-quote-button";
import { RfqDetails } from "@/components/rfq/rfq-details";
import { rfqSideOf } from "@/components/rfq/rfq-side";
import { RfqStatusBadge } from "@/components/rfq/status-badges";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageActor } from "@/lib/auth/page-guards";
import { resolveDisplayCurrency } from "@/lib/money/resolve-display-currency";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env/server";
import { notFoundOnMissing } from "@/lib/errors/not-found-on-missing";
import type { Locale } from "@/lib/i18n/config";
import { formatDateTime } from "@/lib/i18n/format";
import { getT, resolveLocale } from "@/lib/i18n/server";
import { decimalForInput } from "@/lib/listings/listing-form-values";
import { isCurrencyCode } from "@/lib/money/currencies";
import { minorToDecimal } from "@/lib/money/decimal";
import { allowedQuoteCurrencies } from "@/lib/rfq/allowed-quote-currencies";
import { compareQuotes } from "@/lib/rfq/compare-quotes";
import { getRfq, type RfqView } from "@/lib/rfq/get-rfq";

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<Record<string, string | undefined>> };

const day = 24 * 60 * 60 * 1000;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: getT(await resolveLocale(params), "rfq")("detail.meta_title") };
}

/** The supplier's offer form starts from the latest terms on the table, or from the RFQ itself. */
function quoteFormValues(locale: Locale, rfq: RfqView, currencies: string[], timeZone: string, now: Date): QuoteFormValues {
  const latest = rfq.quotes[0]?.revisions.at(-1);
  const decimal = (minor: bigint, currency: string) => (isCurrencyCode(currency) ? decimalForInput(minorToDecimal(minor, currency), locale) : "");
  const defaultValidUntil = dateInputValue(new Date(now.getTime() + 30 * day), timeZone);
  if (!latest) {
    return {
      amount: "",
      currency: rfq.targetCurrency && currencies.includes(rfq.targetCurrency) ? rfq.targetCurrency : "CNY",
      quantity: String(rfq.quantity),
      quantityBreaks: [],
      leadTimeDays: "",
      incoterm: rfq.incoterm,
      namedPlace: rfq.namedPlace,
      validUntil: defaultValidUntil,
      paymentTerms: "",
      note: "",
    };
  }
  const breaks = Array.isArray(latest.quantityBreaks) ? (latest.quantityBreaks as { minQty: number; unitPrice: string }[]) : [];
  return {
    amount: decimal(latest.unitPriceMinor, latest.currency),
    currency: currencies.includes(latest.currency) ? latest.currency : "CNY",
    quantity: String(latest.quantity),
    quantityBreaks: breaks.map((step) => ({ minQty: String(step.minQty), unitPrice: decimalForInput(String(step.unitPrice), locale) })),
    leadTimeDays: String(latest.leadTimeDays),
    incoterm: latest.incoterm,
    namedPlace: latest.namedPlace,
    validUntil: latest.validUntil.getTime() > now.getTime() ? dateInputValue(latest.validUntil, timeZone) : defaultValidUntil,
    paymentTerms: latest.paymentTerms ?? "",
    note: "",
  };
}

export default async function RfqPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const { id } = await params;
  const actor = await requirePageActor(locale, `/${locale}/rfqs/${id}`);
  const side = rfqSideOf(actor);
  if (!side) forbidden();
  const [rfq, query] = await Promise.all([notFoundOnMissing(getRfq(db(), actor, id)), searchParams]);
  const t = getT(locale, "rfq");
  const unit = getT(locale, "catalog")(`unit.${rfq.unit}`, { defaultValue: rfq.unit });
  const now = new Date();
  const timeZone = timeZoneFor(actor.organization.country);
  const open = rfq.status === "OPEN";
  const currencies = allowedQuoteCurrencies(rfq.buyer.country);
  const comparison = side === "buyer" && rfq.quotes.length ? await compareQuotes(db(), actor, rfq.id, { displayCurrency: query.currency ?? (await resolveDisplayCurrency(actor, locale)), now }) : null;
  const ownQuote = side === "supplier" ? rfq.quotes[0] : undefined;
  const canQuote = side === "supplier" && can(actor, "rfq:quote", { organizationId: actor.organization.id });
  const awarded = rfq.quotes.find((quote) => quote.order);
  const path = `/${locale}/rfqs/${rfq.id}`;

  const supplierForm =
    side === "supplier" && open && canQuote && (!ownQuote || ownQuote.status === "OFFERED" || ownQuote.status === "COUNTERED" || ownQuote.status === "WITHDRAWN") ? (
      <QuoteForm
        key={ownQuote?.revision ?? 0}
        locale={locale}
        rfqId={rfq.id}
        values={quoteFormValues(locale, rfq, currencies, timeZone, now)}
        currencies={currencies}
        unit={unit}
        revision={Boolean(ownQuote)}
        minDate={dateInputValue(now, timeZone)}
        maxDate={dateInputValue(new Date(now.getTime() + 179 * day), timeZone)}
      />
    ) : null;

  return (
    <div className="space-y-6">
      <p className="text-sm">
        <Link href={`/${locale}/rfqs`} className="text-brand-700 hover:underline">
          ← {t(`list.title_${side}`)}
        </Link>
      </p>
      <PageHeader
        title={rfq.title}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <span>{rfq.number}</span>
            <RfqStatusBadge status={rfq.status} label={t(`status.${rfq.status}`)} />
          </span>
        }
      />
      {query.published ? <Alert kind="success">{t("detail.published", { number: rfq.number })}</Alert> : null}
      {query.saved ? <Alert kind="success">{t("detail.saved", { number: rfq.number })}</Alert> : null}
      {side === "supplier" && query.offer && ownQuote ? <Alert kind="success">{query.offer === "1" ? t("quote_form.sent_first") : t("quote_form.sent_revision")}</Alert> : null}
      {side === "hub" ? <Alert kind="info">{t("detail.hub_read_only")}</Alert> : null}
      {rfq.status === "DRAFT" && side === "buyer" ? <Alert kind="info">{t("detail.state.DRAFT")}</Alert> : null}
      {rfq.status === "EXPIRED" ? <Alert kind="info">{t("detail.state.EXPIRED", { date: formatDateTime(locale, rfq.expiresAt, timeZone) })}</Alert> : null}
      {rfq.status === "CANCELLED" ? <Alert kind="info">{t("detail.state.CANCELLED")}</Alert> : null}
      {rfq.status === "AWARDED" ? (
        <Alert kind="info">
          {t("detail.state.AWARDED")}{" "}
          {awarded?.order && (side !== "supplier" || awarded === ownQuote) ? (
            <Link href={`/${locale}/orders/${awarded.order.id}`} className="font-medium underline">
              {t("negotiation.order_link", { number: awarded.order.number })}
            </Link>
          ) : null}
        </Alert>
      ) : null}
      {side === "buyer" && (rfq.status === "DRAFT" || open) ? <RfqBuyerActions locale={locale} rfqId={rfq.id} canPublish={rfq.status === "DRAFT"} canCancel /> : null}

      <RfqDetails locale={locale} rfq={rfq} side={side} timeZone={timeZone} now={now} />

      {side === "buyer" && open && !rfq.quotes.length ? (
        <p className="rounded-xl border border-dashed border-slate-300 bg-white p-6 text-center text-slate-700">{t("detail.no_quotes_yet", { count: rfq.recipientCount })}</p>
      ) : null}
      {comparison && (open || comparison.quotes.length) ? <ComparisonSection locale={locale} comparison={comparison} unit={unit} staleAfterHours={env().FX_STALE_HOURS} timeZone={timeZone} action={path} /> : null}

      {side === "supplier" && !ownQuote ? (
        <section aria-labelledby="own-quote-heading" className="space-y-4 rounded-xl border border-slate-200 bg-white p-5 sm:p-6">
          <h2 id="own-quote-heading" className="text-lg font-semibold">
            {t("negotiation.your_quote")}
          </h2>
          {!open ? <p className="text-sm text-slate-700">{t("negotiation.closed_before_quote")}</p> : !canQuote ? <Alert kind="info">{t("negotiation.not_verified")}</Alert> : supplierForm}
        </section>
      ) : null}

      {rfq.quotes.map((quote) => (
        <NegotiationSection
          key={quote.id}
          locale={locale}
          rfq={rfq}
          quote={quote}
          side={side}
          viewerOrgId={actor.organization.id}
          unit={unit}
          timeZone={timeZone}
          now={now}
          canDecide={side === "buyer" && open}
          canMessage={side !== "hub" && open && (side === "buyer" || canQuote)}
          counterCurrencies={currencies}
        >
          {side === "supplier" && supplierForm ? (
            ownQuote?.status === "OFFERED" ? (
              <details className="rounded-lg border border-slate-200 p-4 open:bg-slate-50/60">
                <summary className="cursor-pointer font-medium text-brand-800">{t("quote_form.revise")}</summary>
                <div className="mt-3">{supplierForm}</div>
              </details>
            ) : (
              <div className="border-t border-slate-100 pt-4">{supplierForm}</div>
            )
          ) : null}
          {side === "supplier" && supplierForm && ownQuote && quote.id === ownQuote.id && ownQuote.status !== "WITHDRAWN" ? <WithdrawQuoteButton locale={locale} quoteId={ownQuote.id} /> : null}
        </NegotiationSection>
      ))}
    </div>
  );
}
