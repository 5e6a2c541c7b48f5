import type { Metadata } from "next";
import Link from "next/link";
import { SectionCard } from "@/components/settlement/section-card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageActor } from "@/lib/auth/page-guards";
import { db } from "@/lib/db/client";
import { listDisputes } from "@/lib/disputes/list-disputes";
import { formatDateTime, formatMoney, formatRelativeAge } from "@/lib/i18n/format";
import { getT, resolveLocale } from "@/lib/i18n/server";
import { isCurrencyCode } from "@/lib/money/currencies";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: getT(await resolveLocale(params), "disputes")("queue.title") };
}

/** Moderators' dispute queue: escalated first, then by the nearest decision deadline. */
export default async function DisputeQueuePage({ params }: Props) {
  const locale = await resolveLocale(params);
  const actor = await requirePageActor(locale, `/${locale}/hub/disputes`, "disputes:decide");
  const t = getT(locale, "disputes");
  const queue = await listDisputes(db(), actor);
  const now = new Date();
  const row = (dispute: (typeof queue.open)[number]) => (
    <li key={dispute.id} className="flex flex-wrap items-baseline justify-between gap-2 py-3 text-sm" data-testid="dispute-row">
      <span>
        <Link href={`/${locale}/hub/disputes/${dispute.id}`} className="font-medium text-brand-700 underline underline-offset-2">{dispute.order.number}</Link>
        {" · "}{t(`reason.${dispute.reason}`, { defaultValue: dispute.reason })}
        <span className="block text-slate-600">{dispute.order.buyer.name} → {dispute.order.supplier.name}</span>
      </span>
      <span className="text-right">
        {t(`status.${dispute.status}`)} · {t("queue.age", { age: formatRelativeAge(locale, dispute.openedAt, now) })}
        <span className="block text-slate-600">
          {dispute.decision
            ? `${t(`decision.${dispute.decision}`)}${dispute.refundMinor && isCurrencyCode(dispute.order.currency) ? ` · ${formatMoney(locale, dispute.refundMinor, dispute.order.currency)}` : ""}`
            : t("decision_due", { time: formatDateTime(locale, dispute.decisionDueAt) })}
        </span>
      </span>
    </li>
  );
  return (
    <div className="space-y-6">
      <PageHeader title={t("queue.title")} description={t("queue.description")} />
      <SectionCard id="disputes-open" title={t("queue.open")}>
        {queue.open.length ? <ul className="divide-y divide-slate-100">{queue.open.map(row)}</ul> : <p className="text-sm text-slate-600">{t("queue.empty")}</p>}
      </SectionCard>
      <SectionCard id="disputes-decided" title={t("queue.decided")}>
        {queue.decided.length ? <ul className="divide-y divide-slate-100">{queue.decided.map(row)}</ul> : <p className="text-sm text-slate-600">{t("queue.none_decided")}</p>}
      </SectionCard>
    </div>
  );
}
