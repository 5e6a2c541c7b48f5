import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { dateInputValue, timeZoneFor } from "@/components/rfq/deal-time";
import { RfqForm, type RfqFormValues } from "@/components/rfq/rfq-form";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageActor } from "@/lib/auth/page-guards";
import { can } from "@/lib/auth/permissions";
import { getListing } from "@/lib/catalog/get-listing";
import { incotermsRules, listingUnits } from "@/lib/catalog/listing-fields";
import { db } from "@/lib/db/client";
import { isAppError } from "@/lib/errors/app-error";
import { intlLocale, type Locale } from "@/lib/i18n/config";
import { getT, resolveLocale } from "@/lib/i18n/server";
import { localCurrency } from "@/lib/money/local-currency";
import { countriesByOrganizationType } from "@/lib/organizations/countries";
import type { Actor } from "@/lib/auth/actor";
import { listTopCategories } from "@/lib/taxonomy/list-top-categories";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | undefined>> };

const day = 24 * 60 * 60 * 1000;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: getT(await resolveLocale(params), "rfq")("new.title") };
}

/** The listing a buyer started from, or null when it is gone or no longer published. */
async function startingListing(locale: Locale, id: string | undefined, actor: Actor) {
  if (!id) return null;
  try {
    const listing = await getListing(db(), id, locale, actor);
    return listing.status === "PUBLISHED" ? listing : null;
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") return null;
    throw error;
  }
}

export default async function NewRfqPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const query = await searchParams;
  const returnTo = `/${locale}/rfqs/new${query.listing ? `?listing=${encodeURIComponent(query.listing)}` : ""}`;
  const actor = await requirePageActor(locale, returnTo);
  if (!can(actor, "rfq:buy", { organizationId: actor.organization.id })) forbidden();
  const t = getT(locale, "rfq");
  const [categories, listing] = await Promise.all([listTopCategories(db(), locale), startingListing(locale, query.listing, actor)]);

  const buyerCurrency = localCurrency(actor.organization.country);
  const currencies = [...new Set(["CNY", "USD", buyerCurrency])];
  const timeZone = timeZoneFor(actor.organization.country);
  const now = new Date();
  const offer = listing?.incoterms[0];
  const unit = listing && (listingUnits as readonly string[]).includes(listing.unit) ? listing.unit : "pc";
  const values: RfqFormValues = {
    title: listing?.title.text ?? "",
    description: "",
    language: locale,
    categorySlug: listing?.category.slug ?? "",
    quantity: listing ? String(listing.moq) : "",
    unit,
    targetAmount: "",
    targetCurrency: listing && currencies.includes(listing.currency) ? listing.currency : buyerCurrency,
    incoterm: offer && (incotermsRules as readonly string[]).includes(offer.term) ? offer.term : "FCA",
    namedPlace: offer?.place ?? "",
    country: actor.organization.country,
    city: actor.organization.city,
    requiredBy: dateInputValue(new Date(now.getTime() + 60 * day), timeZone),
    // 18:00 on the buyer's calendar, read in the browser's time zone when the form is sent.
    expiresAt: `${dateInputValue(new Date(now.getTime() + 14 * day), timeZone)}T18:00`,
    visibility: "CATEGORY",
  };
  const names = new Intl.DisplayNames([intlLocale[locale]], { type: "region" });
  const countryCodes = [...new Set([actor.organization.country, ...countriesByOrganizationType.BUYER])];
  const countries = countryCodes.map((code) => ({ code, name: names.of(code) ?? code }));

  return (
    <div className="space-y-6">
      <p className="text-sm">
        <Link href={`/${locale}/rfqs`} className="text-brand-700 hover:underline">
          ← {t("list.title_buyer")}
        </Link>
      </p>
      <PageHeader title={t("new.title")} description={t("new.description")} />
      {query.listing && !listing ? <Alert kind="info">{t("new.listing_unavailable")}</Alert> : null}
      <RfqForm
        locale={locale}
        values={values}
        categories={categories}
        currencies={currencies}
        countries={countries}
        listing={listing ? { id: listing.id, title: listing.title.text, supplier: { id: listing.supplier.id, name: listing.supplier.name } } : null}
        minDate={dateInputValue(now, timeZone)}
      />
    </div>
  );
}
