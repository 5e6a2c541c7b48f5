import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageActor } from "@/lib/auth/page-guards";
import { db } from "@/lib/db/client";
import { formatDate, formatDateTime, formatNumber } from "@/lib/i18n/format";
import { getT, resolveLocale } from "@/lib/i18n/server";
import { getHubOverview } from "@/lib/hub/get-hub-overview";
import { can } from "@/lib/auth/permissions";
import { QuickLinks } from "@/components/dashboard/quick-links";
import { StaffQueues } from "@/components/hub/staff-queues";
import { StaffTrends } from "@/components/hub/staff-trends";
import { getStaffQueues } from "@/lib/hub/get-staff-queues";
import { getStaffTrends } from "@/lib/hub/get-staff-trends";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: getT(await resolveLocale(params), "dashboard")("hub.title") };
}

export default async function HubHomePage({ params }: Props) {
  const locale = await resolveLocale(params);
  const actor = await requirePageActor(locale, `/${locale}/hub`, "page:hub");
  const t = getT(locale, "dashboard");
  const common = getT(locale);
  const settlement = getT(locale, "settlement");
  const now = new Date();
  const [overview, queues, trends] = await Promise.all([getHubOverview(db(), actor), getStaffQueues(db(), actor, now), getStaffTrends(db(), actor, { now })]);
  const count = (type: string, status?: string) =>
    overview.counts.filter((c) => c.type === type && (!status || c.status === status)).reduce((sum, c) => sum + c.count, 0);
  const tiles = [
    { label: t("hub.buyers"), value: count("BUYER") },
    { label: t("hub.suppliers"), value: count("SUPPLIER") },
    { label: t("hub.suppliers_verified"), value: count("SUPPLIER", "VERIFIED") },
    { label: t("hub.suppliers_unverified"), value: count("SUPPLIER", "UNVERIFIED") + count("SUPPLIER", "PENDING") },
  ];
  return (
    <div className="space-y-6">
      <PageHeader title={t("hub.title")} description={t("hub.greeting", { name: actor.name })} />
      <section aria-label={t("hub.figures")} className="grid grid-cols-2 gap-4 lg:grid-cols-4">
        {tiles.map((tile) => (
          <div key={tile.label} className="rounded-xl border border-slate-200 bg-white p-4">
            <p className="text-sm text-slate-600">{tile.label}</p>
            <p className="mt-1 text-2xl font-semibold">{formatNumber(locale, tile.value)}</p>
          </div>
        ))}
      </section>
      <StaffQueues locale={locale} queues={queues} now={now} />
      <QuickLinks
        title={t("hub.links_title")}
        links={[
          ...(can(actor, "verification:review") ? [{ href: `/${locale}/hub/verification`, label: getT(locale, "verification")("nav.hub"), text: getT(locale, "verification")("nav.hub_text") }] : []),
          { href: `/${locale}/rfqs`, label: t("hub.link_rfqs"), text: t("hub.link_rfqs_text") },
          { href: `/${locale}/orders`, label: getT(locale, "orders")("nav.quick_hub"), text: getT(locale, "orders")("nav.quick_hub_text") },
          ...(can(actor, "settlement:manage") ? [{ href: `/${locale}/hub/payments`, label: settlement("hub.nav_payments"), text: settlement("hub.nav_payments_text") }] : []),
          ...(can(actor, "settlement:read_all") ? [{ href: `/${locale}/hub/finance`, label: settlement("hub.nav_finance"), text: settlement("hub.nav_finance_text") }, { href: `/${locale}/statements`, label: settlement("statement.nav"), text: settlement("statement.nav_text") }] : []),
          ...(can(actor, "fx:manage") ? [{ href: `/${locale}/hub/fx`, label: t("hub.link_fx"), text: t("hub.link_fx_text") }] : []),
          ...(can(actor, "disputes:decide") ? [{ href: `/${locale}/hub/disputes`, label: t("hub.link_disputes"), text: t("hub.link_disputes_text") }] : []),
          ...(can(actor, "disputes:decide") ? [{ href: `/${locale}/hub/monitoring`, label: t("hub.link_monitoring"), text: t("hub.link_monitoring_text") }] : []),
          ...(can(actor, "audit:read") ? [{ href: `/${locale}/hub/audit`, label: t("hub.link_audit"), text: t("hub.link_audit_text") }] : []),
          ...(can(actor, "audit:read") ? [{ href: `/${locale}/hub/mailbox`, label: t("hub.link_mailbox"), text: t("hub.link_mailbox_text") }] : []),
          ...(can(actor, "reviews:moderate") ? [{ href: `/${locale}/hub/reviews`, label: getT(locale, "trust")("hub.nav"), text: getT(locale, "trust")("hub.nav_text") }] : []),
        ]}
      />
      <StaffTrends locale={locale} trends={trends} />
      <div className="grid gap-6 lg:grid-cols-2">
        <section className="relative overflow-x-auto rounded-xl border border-slate-200 bg-white p-5" aria-labelledby="recent-orgs">
          <h2 id="recent-orgs" className="mb-3 text-lg font-semibold">{t("hub.recent_organizations")}</h2>
          <ul className="divide-y divide-slate-100 text-sm">
            {overview.recentOrganizations.map((org) => (
              <li key={org.id} className="flex flex-wrap items-baseline justify-between gap-2 py-2">
                <span>
                  <span className="font-medium">{org.name}</span> · {org.city} · {common(`organization_type.${org.type}`)}
                </span>
                <span className="text-slate-600">
                  {common(`verification.${org.verificationStatus}`)} · {formatDate(locale, org.createdAt)}
                </span>
              </li>
            ))}
          </ul>
        </section>
        {overview.recentEvents ? (
        <section className="relative overflow-x-auto rounded-xl border border-slate-200 bg-white p-5" aria-labelledby="recent-events">
          <h2 id="recent-events" className="mb-3 text-lg font-semibold">{t("hub.recent_events")}</h2>
          <ul className="divide-y divide-slate-100 text-sm">
            {overview.recentEvents.map((event) => (
              <li key={String(event.id)} className="flex flex-wrap justify-between gap-2 py-2">
                <span className="text-slate-800">{t(`audit_action.${event.action}`, { defaultValue: event.action })}</span>
                <span className="text-slate-600">{formatDateTime(locale, event.occurredAt)}</span>
              </li>
            ))}
          </ul>
        </section>
        ) : null}
      </div>
    </div>
  );
}
