import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ListingGallery } from "@/components/catalog/listing-gallery";
import { approximatePrices } from "@/lib/catalog/approximate-prices";
import { resolveDisplayCurrency } from "@/lib/money/resolve-display-currency";
import { DirectOrderForm } from "@/components/orders/direct-order-form";
import { SupplierTrustPanel } from "@/components/trust/supplier-trust-panel";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button-styles";
import { getSessionActor } from "@/lib/auth/get-actor";
import { can } from "@/lib/auth/permissions";
import { getListing } from "@/lib/catalog/get-listing";
import { db } from "@/lib/db/client";
import { isAppError } from "@/lib/errors/app-error";
import { localeNames, type Locale } from "@/lib/i18n/config";
import { formatDate, formatMoney, formatNumber } from "@/lib/i18n/format";
import { getT, resolveLocale } from "@/lib/i18n/server";
import { isCurrencyCode } from "@/lib/money/currencies";

type Props = { params: Promise<{ locale: string; id: string }> };

async function load(locale: Locale, id: string) {
  try {
    return await getListing(db(), id, locale, await getSessionActor());
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const locale = await resolveLocale(params);
  const listing = await load(locale, id);
  return { title: listing.title.text, description: listing.description.text.slice(0, 160) };
}

export default async function ListingPage({ params }: Props) {
  const { id } = await params;
  const locale = await resolveLocale(params);
  const listing = await load(locale, id);
  const t = getT(locale, "catalog");
  const tRfq = getT(locale, "rfq");
  const actor = await getSessionActor();
  // Buyers start an RFQ from here; visitors sign in first and come back; suppliers and hub staff do not buy.
  const newRfq = `/${locale}/rfqs/new?listing=${listing.id}`;
  const requestQuoteHref =
    listing.status !== "PUBLISHED" ? null : !actor ? `/${locale}/sign-in?next=${encodeURIComponent(newRfq)}` : can(actor, "rfq:buy", { organizationId: actor.organization.id }) ? newRfq : null;
  const unit = t(`unit.${listing.unit}`, { defaultValue: listing.unit });
  const approx = await approximatePrices(db(), listing.priceTiers.map((tier) => ({ key: String(tier.minQty), minor: tier.unitPriceMinor, currency: listing.currency })), await resolveDisplayCurrency(actor, locale), locale);
  const money = (minor: bigint) => (isCurrencyCode(listing.currency) ? formatMoney(locale, minor, listing.currency) : `${minor} ${listing.currency}`);
  const facts: [string, string][] = [
    [t("listing.moq"), `${formatNumber(locale, listing.moq)} ${unit}`],
    [t("listing.lead_time"), t("listing.lead_time_days", { count: listing.leadTimeDays })],
    [t("listing.hs_code"), listing.hsCode],
    [t("listing.sku"), listing.sku],
  ];
  return (
    <article className="space-y-6">
      <nav aria-label="breadcrumb" className="text-sm text-slate-600">
        <ol className="flex flex-wrap gap-1">
          {listing.topCategory ? (
            <li>
              <Link href={`/${locale}/search?category=${listing.topCategory.slug}`} className="hover:underline">
                {listing.topCategory.name}
              </Link>{" "}
              /
            </li>
          ) : null}
          <li>
            <Link href={`/${locale}/search?category=${listing.category.slug}`} className="hover:underline">
              {listing.category.name}
            </Link>
          </li>
        </ol>
      </nav>
      {listing.status !== "PUBLISHED" ? <Alert kind="info">{t("listing.status_note", { status: t(`listing.status.${listing.status}`) })}</Alert> : null}
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="space-y-6">
          <header>
            <h1 className="break-words text-2xl font-semibold tracking-tight sm:text-3xl" lang={listing.title.locale}>
              {listing.title.text}
            </h1>
            {listing.title.locale !== locale ? <p className="mt-2 text-sm text-slate-600">{t("listing.shown_in", { language: localeNames[listing.title.locale] })}</p> : null}
          </header>

          <ListingGallery locale={locale} images={listing.images} title={listing.title} />

          <section aria-labelledby="tiers-heading" className="rounded-xl border border-slate-200 bg-white p-5">
            <h2 id="tiers-heading" className="mb-3 font-semibold">{t("listing.price_tiers")}</h2>
            <table className="w-full text-left text-sm">
              <thead className="text-slate-600">
                <tr>
                  <th scope="col" className="py-1 font-medium">{t("listing.moq")}</th>
                  <th scope="col" className="py-1 text-right font-medium">{t("listing.unit_price")}</th>
                </tr>
              </thead>
              <tbody>
                {listing.priceTiers.map((tier) => (
                  <tr key={tier.minQty} className="border-t border-slate-100">
                    <td className="py-2">{t("listing.quantity_from", { quantity: formatNumber(locale, tier.minQty), unit })}</td>
                    <td className="py-2 text-right">
                      <span className="font-semibold">{money(tier.unitPriceMinor)}</span>
                      {approx.get(String(tier.minQty)) ? (
                        <span className="block text-xs text-slate-600" title={approx.get(String(tier.minQty))!.title}>
                          {approx.get(String(tier.minQty))!.text}
                        </span>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>

          <dl className="grid gap-4 rounded-xl border border-slate-200 bg-white p-5 text-sm sm:grid-cols-2">
            {facts.map(([label, value]) => (
              <div key={label}>
                <dt className="text-slate-600">{label}</dt>
                <dd className="font-medium">{value}</dd>
              </div>
            ))}
            <div>
              <dt className="text-slate-600">{t("listing.incoterms")}</dt>
              <dd className="font-medium">{listing.incoterms.map((offer) => `${offer.term} ${offer.place ?? `(${t("listing.exw_place")})`}`).join(" · ")}</dd>
            </div>
            <div>
              <dt className="text-slate-600">{t("listing.certifications")}</dt>
              <dd className="flex flex-wrap gap-1.5">
                {listing.certifications.map((cert) => (
                  <span key={cert} className="rounded border border-slate-300 px-1.5 py-0.5 text-xs">
                    {cert}
                  </span>
                ))}
              </dd>
            </div>
          </dl>

          {listing.description.text ? (
            <section aria-labelledby="description-heading" className="rounded-xl border border-slate-200 bg-white p-5">
              <h2 id="description-heading" className="mb-2 font-semibold">{t("listing.description")}</h2>
              <p className="whitespace-pre-line text-slate-800" lang={listing.description.locale}>
                {listing.description.text}
              </p>
            </section>
          ) : null}

          {Object.keys(listing.specifications).length ? (
            <section aria-labelledby="specs-heading" className="rounded-xl border border-slate-200 bg-white p-5">
              <h2 id="specs-heading" className="mb-2 font-semibold">{t("listing.specifications")}</h2>
              <dl className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-2">
                {Object.entries(listing.specifications).map(([key, value]) => (
                  <div key={key} className="flex justify-between gap-3 border-b border-slate-100 py-1">
                    <dt className="text-slate-600">{key}</dt>
                    <dd className="text-right">{value}</dd>
                  </div>
                ))}
              </dl>
            </section>
          ) : null}
        </div>

        <aside aria-labelledby="supplier-heading" className="h-fit rounded-xl border border-slate-200 bg-white p-5">
          <h2 id="supplier-heading" className="text-sm font-medium text-slate-600">{t("listing.supplier")}</h2>
          <p className="mt-1 text-lg font-semibold">{listing.supplier.name}</p>
          <p className="text-sm text-slate-700" lang="zh">{listing.supplier.legalName}</p>
          <p className="mt-1 text-sm text-slate-700">{listing.supplier.city}</p>
          <p className={`mt-3 inline-block rounded-full px-2.5 py-0.5 text-xs font-medium ${listing.supplier.verified ? "bg-emerald-100 text-emerald-900" : "bg-slate-100 text-slate-800"}`}>
            {listing.supplier.verified && listing.supplier.verifiedAt ? t("listing.verified_since", { date: formatDate(locale, listing.supplier.verifiedAt) }) : t("listing.not_verified")}
          </p>
          <p className="mt-2 text-sm text-slate-600">{t("listing.on_platform_since", { date: formatDate(locale, listing.supplier.createdAt) })}</p>
          <SupplierTrustPanel locale={locale} supplierId={listing.supplier.id} />
          <Link href={`/${locale}/suppliers/${listing.supplier.id}`} className="mt-4 inline-block text-sm font-medium text-brand-700 hover:underline">
            {t("listing.storefront")} →
          </Link>
          {requestQuoteHref ? (
            <div className="mt-5 border-t border-slate-100 pt-4">
              <Link href={requestQuoteHref} className={`${buttonClass.primary} w-full`}>
                {tRfq("listing.request_quote")}
              </Link>
              <p className="mt-2 text-xs text-slate-600">{actor ? tRfq("listing.request_quote_hint") : tRfq("listing.sign_in_hint")}</p>
            </div>
          ) : null}
        </aside>
      </div>
      {actor && listing.status === "PUBLISHED" && can(actor, "rfq:buy", { organizationId: actor.organization.id }) ? (
        <section className="rounded-xl border border-slate-200 bg-white p-5">
          <DirectOrderForm
            locale={locale}
            listingId={listing.id}
            moq={listing.moq}
            unit={listing.unit}
            incoterms={listing.incoterms}
            currency={listing.currency}
            tiers={listing.priceTiers.map((tier) => ({ minQty: tier.minQty, unitPriceMinor: tier.unitPriceMinor.toString() }))}
          />
        </section>
      ) : null}
    </article>
  );
}
