import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import Link from "next/link";
import { BankTransferForm } from "@/components/settlement/bank-transfer-form";
import { MatchPaymentForm } from "@/components/settlement/match-payment-form";
import { RefundForm } from "@/components/settlement/refund-form";
import { SectionCard } from "@/components/settlement/section-card";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { requirePageActor } from "@/lib/auth/page-guards";
import { db } from "@/lib/db/client";
import { intlLocale } from "@/lib/i18n/config";
import { formatDate, formatMoney } from "@/lib/i18n/format";
import { getT, resolveLocale } from "@/lib/i18n/server";
import { currencyCodes } from "@/lib/money/currencies";
import { minorToDecimal } from "@/lib/money/decimal";
import { listPaymentDesk } from "@/lib/settlement/list-payments";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: getT(await resolveLocale(params), "settlement")("hub.payments_title") };
}

/** Hub finance's payment desk: record transfers, place unmatched ones, return money. */
export default async function HubPaymentsPage({ params }: Props) {
  const locale = await resolveLocale(params);
  const actor = await requirePageActor(locale, `/${locale}/hub/payments`, "page:hub");
  if (!can(actor, "settlement:manage")) forbidden();
  const t = getT(locale, "settlement");
  const desk = await listPaymentDesk(db(), actor);
  const names = new Intl.DisplayNames([intlLocale[locale]], { type: "currency" });
  const currencies = currencyCodes.map((code) => ({ value: code, label: `${code} — ${names.of(code) ?? code}` }));

  return (
    <div className="space-y-6">
      <PageHeader title={t("hub.payments_title")} description={t("hub.payments_description")} />
      <SectionCard id="record-transfer-heading" title={t("hub.record_title")}>
        <p className="text-sm text-slate-700">{t("hub.record_explain")}</p>
        <BankTransferForm locale={locale} currencies={currencies} today={new Date().toISOString().slice(0, 10)} />
      </SectionCard>

      <SectionCard id="unmatched-heading" title={t("hub.unmatched_title")}>
        {desk.unmatched.length === 0 ? (
          <p className="text-sm text-slate-600">{t("hub.unmatched_empty")}</p>
        ) : (
          <ul className="divide-y divide-slate-100">
            {desk.unmatched.map((payment) => (
              <li key={payment.id} className="space-y-3 py-4" data-testid="unmatched-transfer">
                <div className="flex flex-wrap items-baseline justify-between gap-2 text-sm">
                  <span className="font-semibold tabular-nums">{formatMoney(locale, payment.amountMinor, payment.currency)}</span>
                  <span className="text-slate-600">
                    {t("hub.received")} {formatDate(locale, payment.valueDate)} · {payment.externalReference}
                    {payment.payerName ? ` · ${payment.payerName}` : ""}
                  </span>
                </div>
                <p className="text-sm break-words">
                  <span className="text-slate-600">{t("hub.details")}: </span>
                  {payment.paymentReference}
                </p>
                {payment.refundedMinor === 0n ? <MatchPaymentForm locale={locale} paymentId={payment.id} /> : null}
                {payment.refundableMinor > 0n ? (
                  <RefundForm locale={locale} paymentId={payment.id} currency={payment.currency} refundableText={formatMoney(locale, payment.refundableMinor, payment.currency)} defaultAmount={minorToDecimal(payment.refundableMinor, payment.currency)} />
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </SectionCard>

      <SectionCard id="recent-payments-heading" title={t("hub.recent_title")}>
        {desk.recent.length === 0 ? (
          <p className="text-sm text-slate-600">{t("hub.recent_empty")}</p>
        ) : (
          <ul className="divide-y divide-slate-100">
            {desk.recent.map((payment) => (
              <li key={payment.id} className="space-y-2 py-3 text-sm" data-testid="recent-payment">
                <div className="flex flex-wrap items-baseline justify-between gap-2">
                  <span>
                    <span className="font-semibold tabular-nums">{formatMoney(locale, payment.amountMinor, payment.currency)}</span> · {t(`rail.${payment.rail}`)} · {t(`payment_status.${payment.status}`)}
                  </span>
                  <span className="text-slate-600">
                    {formatDate(locale, payment.valueDate)} · {payment.externalReference}
                  </span>
                </div>
                {payment.invoice ? (
                  <p>
                    {payment.invoice.number} ·{" "}
                    <Link href={`/${locale}/orders/${payment.invoice.order.id}/settlement`} className="text-brand-700 underline underline-offset-2">
                      {t("hub.order")} {payment.invoice.order.number}
                    </Link>{" "}
                    · {payment.invoice.order.buyer.name}
                  </p>
                ) : null}
                {payment.status === "MATCHED" && payment.refundableMinor > 0n ? (
                  <RefundForm locale={locale} paymentId={payment.id} currency={payment.currency} refundableText={formatMoney(locale, payment.refundableMinor, payment.currency)} defaultAmount={minorToDecimal(payment.refundableMinor, payment.currency)} />
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </SectionCard>
    </div>
  );
}
