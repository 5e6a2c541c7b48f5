import type { Metadata } from "next";
import Link from "next/link";
import { DecideDisputeForm } from "@/components/disputes/decide-dispute-form";
import { DisputeDetails } from "@/components/disputes/dispute-details";
import { timeZoneFor } from "@/components/rfq/deal-time";
import { SectionCard } from "@/components/settlement/section-card";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageActor } from "@/lib/auth/page-guards";
import { db } from "@/lib/db/client";
import { getDispute } from "@/lib/disputes/get-order-dispute";
import { notFoundOnMissing } from "@/lib/errors/not-found-on-missing";
import { formatMoney } from "@/lib/i18n/format";
import { getT, resolveLocale } from "@/lib/i18n/server";
import { isCurrencyCode } from "@/lib/money/currencies";

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<{ decided?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: getT(await resolveLocale(params), "disputes")("queue.title") };
}

/** One dispute for a moderator: both sides' statements and evidence, the order, and the decision. */
export default async function DisputePage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const { id } = await params;
  const actor = await requirePageActor(locale, `/${locale}/hub/disputes/${id}`, "disputes:decide");
  const t = getT(locale, "disputes");
  const [dispute, { decided }] = await Promise.all([notFoundOnMissing(getDispute(db(), actor, id)), searchParams]);
  const total = isCurrencyCode(dispute.order.currency) ? formatMoney(locale, dispute.order.totalMinor, dispute.order.currency) : dispute.order.totalMinor.toString();
  return (
    <div className="space-y-6">
      <p className="text-sm">
        <Link href={`/${locale}/hub/disputes`} className="text-brand-700 hover:underline">← {t("queue.title")}</Link>
      </p>
      <PageHeader
        title={t("detail.title", { number: dispute.order.number })}
        description={
          <>
            {dispute.order.buyer.name} → {dispute.order.supplier.name} · {total} ·{" "}
            <Link href={`/${locale}/orders/${dispute.order.id}`} className="text-brand-700 underline underline-offset-2">{t("detail.open_order")}</Link>{" "}
            ·{" "}
            <Link href={`/${locale}/orders/${dispute.order.id}/settlement`} className="text-brand-700 underline underline-offset-2">{t("detail.open_settlement")}</Link>
          </>
        }
      />
      {decided === "1" ? <Alert kind="success">{t("decide.done")}</Alert> : null}
      <SectionCard id="dispute-statements" title={t("section.title")}>
        <DisputeDetails locale={locale} dispute={dispute} timeZone={timeZoneFor(actor.organization.country)} />
      </SectionCard>
      {dispute.status !== "DECIDED" ? (
        <SectionCard id="dispute-decide" title={t("decide.title")}>
          <DecideDisputeForm locale={locale} disputeId={dispute.id} currency={dispute.order.currency} orderTotalText={total} />
        </SectionCard>
      ) : null}
    </div>
  );
}
