import type { Metadata } from "next";
import Link from "next/link";
import { ListingForm } from "@/components/console/listing-form";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageActor } from "@/lib/auth/page-guards";
import { db } from "@/lib/db/client";
import { getT, resolveLocale } from "@/lib/i18n/server";
import { emptyListingFormValues } from "@/lib/listings/listing-form-values";
import { listTopCategories } from "@/lib/taxonomy/list-top-categories";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: getT(await resolveLocale(params), "console")("editor.new_title") };
}

export default async function NewListingPage({ params }: Props) {
  const locale = await resolveLocale(params);
  const actor = await requirePageActor(locale, `/${locale}/supplier/listings/new`, "page:supplier");
  const t = getT(locale, "console");
  const categories = await listTopCategories(db(), locale);
  return (
    <div className="space-y-6">
      <p className="text-sm">
        <Link href={`/${locale}/supplier/listings`} className="text-brand-700 hover:underline">
          ← {t("list.title")}
        </Link>
      </p>
      <PageHeader title={t("editor.new_title")} description={t("editor.new_description")} />
      {actor.organization.verificationStatus === "VERIFIED" ? null : <Alert kind="info">{t("editor.unverified_note")}</Alert>}
      <div className="rounded-xl border border-slate-200 bg-white p-5 sm:p-6">
        <ListingForm locale={locale} listingId={null} values={emptyListingFormValues} categories={categories} />
      </div>
    </div>
  );
}
