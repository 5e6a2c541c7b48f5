import type { Metadata } from "next";
import { OrganizationCard } from "@/components/dashboard/organization-card";
import { QuickLinks } from "@/components/dashboard/quick-links";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageActor } from "@/lib/auth/page-guards";
import { getT, resolveLocale } from "@/lib/i18n/server";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ welcome?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: getT(await resolveLocale(params), "dashboard")("buyer.title") };
}

export default async function BuyerHomePage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const actor = await requirePageActor(locale, `/${locale}/buyer`, "page:buyer");
  const t = getT(locale, "dashboard");
  const tOrders = getT(locale, "orders");
  const tRfq = getT(locale, "rfq");
  const welcome = (await searchParams).welcome === "1";
  return (
    <div className="space-y-6">
      <PageHeader title={t("buyer.title")} description={t("buyer.greeting", { name: actor.name })} />
      {welcome ? <Alert kind="success">{t("welcome_buyer")}</Alert> : null}
      <div className="grid gap-6 lg:grid-cols-[1fr_2fr]">
        <OrganizationCard locale={locale} actor={actor} />
        <QuickLinks
          title={t("quick_links")}
          links={[
            { href: `/${locale}/orders`, label: tOrders("nav.quick_buyer"), text: tOrders("nav.quick_buyer_text") },
            { href: `/${locale}/statements`, label: getT(locale, "settlement")("statement.nav"), text: getT(locale, "settlement")("statement.nav_text") },
            { href: `/${locale}/rfqs`, label: tRfq("nav.quick_buyer"), text: tRfq("nav.quick_buyer_text") },
            { href: `/${locale}/rfqs/new`, label: tRfq("nav.quick_new"), text: tRfq("nav.quick_new_text") },
            { href: `/${locale}/search`, label: t("buyer.find_products"), text: t("buyer.find_products_text") },
            { href: `/${locale}`, label: t("buyer.browse_categories"), text: t("buyer.browse_categories_text") },
            { href: `/${locale}/buyer/verification`, label: getT(locale, "verification")("buyer.quick_link"), text: getT(locale, "verification")("buyer.quick_link_text") },
            { href: `/${locale}/account/members`, label: t("links.members"), text: t("links.members_text") },
            { href: `/${locale}/account/tokens`, label: t("links.tokens"), text: t("links.tokens_text") },
          ]}
        />
      </div>
    </div>
  );
}
