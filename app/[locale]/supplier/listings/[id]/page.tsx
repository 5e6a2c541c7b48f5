import type { Metadata } from "next";
import Link from "next/link";
import { ListingForm } from "@/components/console/listing-form";
import { ListingImagesEditor } from "@/components/console/listing-images-editor";
import { ListingStatusBadge } from "@/components/console/listing-status-badge";
import { ListingWorkflowButtons } from "@/components/console/listing-workflow-buttons";
import { RejectionNotice } from "@/components/review/rejection-notice";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageActor } from "@/lib/auth/page-guards";
import { pickLocalized } from "@/lib/catalog/localized-text";
import { db } from "@/lib/db/client";
import { formatDateTime } from "@/lib/i18n/format";
import { getT, resolveLocale } from "@/lib/i18n/server";
import { getOwnListing } from "@/lib/listings/get-own-listing";
import { latestRejection } from "@/lib/listings/latest-rejection";
import { listOwnListingImages } from "@/lib/listings/images/list-own-listing-images";
import { toListingFormValues } from "@/lib/listings/listing-form-values";
import { transitionsFrom } from "@/lib/listings/listing-transitions";
import { listTopCategories } from "@/lib/taxonomy/list-top-categories";
import { notFoundOnMissing } from "@/lib/errors/not-found-on-missing";

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<Record<string, string | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: getT(await resolveLocale(params), "console")("editor.edit_title") };
}

export default async function EditListingPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const { id } = await params;
  const actor = await requirePageActor(locale, `/${locale}/supplier/listings/${id}`, "page:supplier");
  const t = getT(locale, "console");
  const [listing, images, categories, flags] = await Promise.all([notFoundOnMissing(getOwnListing(db(), actor, id)), notFoundOnMissing(listOwnListingImages(db(), actor, id)), listTopCategories(db(), locale), searchParams]);
  // The reason code lives with the rejection's audit event; shown in the reader's language.
  const rejection = listing.status === "REJECTED" ? await latestRejection(db(), actor, id) : null;
  const verified = actor.organization.verificationStatus === "VERIFIED";
  const title = pickLocalized(listing.input.title, locale).text;
  return (
    <div className="space-y-6">
      <p className="text-sm">
        <Link href={`/${locale}/supplier/listings`} className="text-brand-700 hover:underline">
          ← {t("list.title")}
        </Link>
      </p>
      <PageHeader title={title} description={`${t("editor.sku")}: ${listing.input.sku}`} />
      {flags.created ? <Alert kind="success">{t("editor.created")}</Alert> : null}
      {flags.duplicated ? <Alert kind="success">{t("editor.duplicated")}</Alert> : null}
      <section aria-labelledby="workflow-heading" className="space-y-3 rounded-xl border border-slate-200 bg-white p-5 sm:p-6">
        <div className="flex flex-wrap items-center gap-3">
          <h2 id="workflow-heading" className="text-lg font-semibold">
            {t("workflow.title")}
          </h2>
          <ListingStatusBadge status={listing.status} label={t(`status.${listing.status}`)} />
        </div>
        <p className="text-sm text-slate-700">{t(`workflow.explain.${listing.status}`)}</p>
        {rejection ? (
          <RejectionNotice locale={locale} rejection={rejection} />
        ) : listing.status === "REJECTED" && listing.rejectionReason ? (
          <Alert kind="error">
            <strong>{t("workflow.rejection_reason")}</strong> {listing.rejectionReason}
          </Alert>
        ) : null}
        {listing.status === "PENDING_REVIEW" && listing.submittedAt ? <p className="text-sm text-slate-600">{t("workflow.submitted_at", { when: formatDateTime(locale, listing.submittedAt) })}</p> : null}
        {!verified && transitionsFrom(listing.status).includes("submit") ? <Alert kind="info">{t("editor.unverified_note")}</Alert> : null}
        <ListingWorkflowButtons locale={locale} listingId={listing.id} transitions={transitionsFrom(listing.status)} canSubmit={verified} />
        {listing.status === "PUBLISHED" ? (
          <p className="text-sm">
            <Link href={`/${locale}/listings/${listing.id}`} className="text-brand-700 hover:underline">
              {t("workflow.view_public")}
            </Link>
          </p>
        ) : null}
      </section>
      <section aria-labelledby="listing-images-heading" className="rounded-xl border border-slate-200 bg-white p-5 sm:p-6">
        <ListingImagesEditor locale={locale} listingId={listing.id} images={images} disabled={listing.status === "ARCHIVED"} />
      </section>
      <section aria-labelledby="details-heading" className="rounded-xl border border-slate-200 bg-white p-5 sm:p-6">
        <h2 id="details-heading" className="mb-2 text-lg font-semibold">
          {t("editor.details")}
        </h2>
        {listing.status === "PUBLISHED" ? <p className="mb-4 text-sm text-slate-700">{t("editor.published_note")}</p> : null}
        {listing.status === "ARCHIVED" ? <p className="mb-4 text-sm text-slate-700">{t("editor.archived_note")}</p> : null}
        <ListingForm locale={locale} listingId={listing.id} values={toListingFormValues(listing.input, locale)} categories={categories} disabled={listing.status === "ARCHIVED"} />
      </section>
    </div>
  );
}
