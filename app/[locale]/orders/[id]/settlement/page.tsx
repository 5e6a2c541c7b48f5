import type { Metadata } from "next";
import Link from "next/link";
import { BankDetails } from "@/components/settlement/bank-details";
import { FxSnapshots } from "@/components/settlement/fx-snapshots";
import { InvoiceTable } from "@/components/settlement/invoice-table";
import { LedgerEntries } from "@/components/settlement/ledger-entries";
import { PaymentTable } from "@/components/settlement/payment-table";
import { PayoutSection } from "@/components/settlement/payout-section";
import { SettlementSummary } from "@/components/settlement/settlement-summary";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageActor } from "@/lib/auth/page-guards";
import { db } from "@/lib/db/client";
import { notFoundOnMissing } from "@/lib/errors/not-found-on-missing";
import { getT, resolveLocale } from "@/lib/i18n/server";
import { stripeConfig } from "@/lib/payments/stripe/stripe-config";
import { getOrderSettlement } from "@/lib/settlement/get-order-settlement";

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<{ paid?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: getT(await resolveLocale(params), "settlement")("meta_title") };
}

/** An order's settlement for its buyer, its supplier and hub staff: every figure traceable to the ledger entries at the bottom. */
export default async function OrderSettlementPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const { id } = await params;
  const actor = await requirePageActor(locale, `/${locale}/orders/${id}/settlement`);
  const t = getT(locale, "settlement");
  const [settlement, { paid }] = await Promise.all([notFoundOnMissing(getOrderSettlement(db(), actor, id)), searchParams]);
  const hasOpenInvoice = settlement.invoices.some((invoice) => invoice.status === "ISSUED" || invoice.status === "PARTIALLY_PAID");

  return (
    <div className="space-y-6">
      <p className="text-sm">
        <Link href={`/${locale}/orders/${settlement.order.id}`} className="text-brand-700 hover:underline">
          ← {t("back_to_order")}
        </Link>
      </p>
      <PageHeader title={t("title", { number: settlement.order.number })} description={t("description")} />
      {paid === "stripe" ? <Alert kind="success">{t("card.returned")}</Alert> : null}
      <SettlementSummary locale={locale} settlement={settlement} />
      <InvoiceTable locale={locale} settlement={settlement} onlinePayment={stripeConfig() !== null} />
      {settlement.permissions.isBuyer && hasOpenInvoice ? <BankDetails locale={locale} /> : null}
      <PaymentTable locale={locale} settlement={settlement} />
      {settlement.permissions.isBuyer ? (
        <FxSnapshots locale={locale} settlement={settlement} />
      ) : (
        <div className="grid gap-6 lg:grid-cols-2">
          <PayoutSection locale={locale} settlement={settlement} />
          <FxSnapshots locale={locale} settlement={settlement} />
        </div>
      )}
      <LedgerEntries locale={locale} settlement={settlement} />
    </div>
  );
}
