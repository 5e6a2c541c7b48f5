import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, redirect } from "next/navigation";
import { dateInputValue, dateTimeInputValue, timeZoneFor } from "@/components/rfq/deal-time";
import { RfqForm, type RfqFormValues } from "@/components/rfq/rfq-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageActor } from "@/lib/auth/page-guards";
import { can } from "@/lib/auth/permissions";
import { getListing } from "@/lib/catalog/get-listing";
import { db } from "@/lib/db/client";
import { notFoundOnMissing } from "@/lib/errors/not-found-on-missing";
import { intlLocale } from "@/lib/i18n/config";
import { getT, resolveLocale } from "@/lib/i18n/server";
import { decimalForInput } from "@/lib/listings/listing-form-values";
import { isCurrencyCode } from "@/lib/money/currencies";
import { minorToDecimal } from "@/lib/money/decimal";
import { localCurrency } from "@/lib/money/local-currency";
import { countriesByOrganizationType } from "@/lib/organizations/countries";
import { getRfq } from "@/lib/rfq/get-rfq";
import { listTopCategories } from "@/lib/taxonomy/list-top-categories";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: getT(await resolveLocale(params), "rfq")("new.edit_title") };
}

/** A saved draft in the same form it was written in; published RFQs cannot be edited. */
export default async function EditRfqDraftPage({ params }: Props) {
  const locale = await resolveLocale(params);
  const { id } = await params;
  const actor = await requirePageActor(locale, `/${locale}/rfqs/${id}/edit`);
  if (!can(actor, "rfq:buy", { organizationId: actor.organization.id })) forbidden();
  const t = getT(locale, "rfq");
  const [rfq, categories] = await Promise.all([notFoundOnMissing(getRfq(db(), actor, id)), listTopCategories(db(), locale)]);
  if (rfq.status !== "DRAFT") redirect(`/${locale}/rfqs/${rfq.id}`);

  const timeZone = timeZoneFor(actor.organization.country);
  const currencies = [...new Set(["CNY", "USD", localCurrency(actor.organization.country)])];
  const target = rfq.targetPriceMinor !== null && rfq.targetCurrency && isCurrencyCode(rfq.targetCurrency) ? decimalForInput(minorToDecimal(rfq.targetPriceMinor, rfq.targetCurrency), locale) : "";
  const values: RfqFormValues = {
    title: rfq.title,
    description: rfq.description,
    language: rfq.language,
    categorySlug: rfq.category.slug,
    quantity: String(rfq.quantity),
    unit: rfq.unit,
    targetAmount: target,
    targetCurrency: rfq.targetCurrency ?? currencies[0]!,
    incoterm: rfq.incoterm,
    namedPlace: rfq.namedPlace,
    country: rfq.destinationCountry,
    city: rfq.destinationCity,
    requiredBy: rfq.requiredBy.toISOString().slice(0, 10),
    expiresAt: dateTimeInputValue(rfq.expiresAt, timeZone),
    visibility: rfq.visibility,
  };
  const names = new Intl.DisplayNames([intlLocale[locale]], { type: "region" });
  const countries = [...new Set([rfq.destinationCountry, actor.organization.country, ...countriesByOrganizationType.BUYER])].map((code) => ({ code, name: names.of(code) ?? code }));
  const listing = rfq.listingId ? await getListing(db(), rfq.listingId, locale, actor).catch(() => null) : null;

  return (
    <div className="space-y-6">
      <p className="text-sm">
        <Link href={`/${locale}/rfqs/${rfq.id}`} className="text-brand-700 hover:underline">
          ← {rfq.number}
        </Link>
      </p>
      <PageHeader title={t("new.edit_title")} description={t("new.edit_description")} />
      <RfqForm
        locale={locale}
        values={values}
        categories={categories}
        currencies={currencies}
        countries={countries}
        listing={listing ? { id: listing.id, title: listing.title.text, supplier: { id: listing.supplier.id, name: listing.supplier.name } } : null}
        minDate={dateInputValue(new Date(), timeZone)}
        draft={{ id: rfq.id, attachments: rfq.attachments.map((a) => ({ id: a.attachment.id, fileName: a.attachment.fileName, byteSize: a.attachment.byteSize })) }}
      />
    </div>
  );
}
