import type { Metadata } from "next";
import { OrganizationCard } from "@/components/dashboard/organization-card";
import { QuickLinks } from "@/components/dashboard/quick-links";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageActor } from "@/lib/auth/page-guards";
import { getT, resolveLocale } from "@/lib/i18n/server";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ welcome?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: getT(await resolveLocale(params), "dashboard")("supplier.title") };
}

export default async function SupplierHomePage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const actor = await requirePageActor(locale, `/${locale}/supplier`, "page:supplier");
  const t = getT(locale, "dashboard");
  const tOrders = getT(locale, "orders");
  const tRfq = getT(locale, "rfq");
  const welcome = (await searchParams).welcome === "1";
  const verified = actor.organization.verificationStatus === "VERIFIED";
  return (
    <div className="space-y-6">
      <PageHeader title={t("supplier.title")} description={t("supplier.greeting", { name: actor.name })} />
      {welcome ? <Alert kind="success">{t("welcome_supplier")}</Alert> : null}
      {verified ? null : <Alert kind="info">{t("supplier.unverified_notice")}</Alert>}
      <div className="grid gap-6 lg:grid-cols-[1fr_2fr]">
        <OrganizationCard locale={locale} actor={actor} />
        <QuickLinks
          title={t("quick_links")}
          links={[
            { href: `/${locale}/supplier/verification`, label: getT(locale, "verification")("nav.supplier"), text: getT(locale, "verification")("nav.supplier_text") },
            { href: `/${locale}/orders`, label: tOrders("nav.quick_supplier"), text: tOrders("nav.quick_supplier_text") },
            { href: `/${locale}/statements`, label: getT(locale, "settlement")("statement.nav"), text: getT(locale, "settlement")("statement.nav_text") },
            { href: `/${locale}/rfqs`, label: tRfq("nav.quick_supplier"), text: tRfq("nav.quick_supplier_text") },
            { href: `/${locale}/supplier/listings`, label: t("supplier.listings"), text: t("supplier.listings_text") },
            { href: `/${locale}/supplier/import`, label: t("supplier.import"), text: t("supplier.import_text") },
            { href: `/${locale}/account`, label: t("supplier.company_profile"), text: t("supplier.company_profile_text") },
            { href: `/${locale}/account/members`, label: t("links.members"), text: t("links.members_text") },
            { href: `/${locale}/account/tokens`, label: t("links.tokens"), text: t("links.tokens_text") },
            { href: `/${locale}/search`, label: t("supplier.see_categories"), text: t("supplier.see_categories_text") },
          ]}
        />
      </div>
    </div>
  );
}
