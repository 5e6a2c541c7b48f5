import type { Metadata } from "next";
import { RequestHistory } from "@/components/verification/request-history";
import { VerificationForm } from "@/components/verification/verification-form";
import { OrganizationStatusBadge } from "@/components/verification/status-badges";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageActor } from "@/lib/auth/page-guards";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env/server";
import { formatDateTime, formatNumber } from "@/lib/i18n/format";
import { getT, resolveLocale } from "@/lib/i18n/server";
import { isBuyerRegistrationCountry } from "@/lib/verification/buyer-registration-number";
import { getOwnVerification } from "@/lib/verification/get-own-verification";
import type { VerificationRequestView } from "@/lib/verification/verification-request-view";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: getT(await resolveLocale(params), "verification")("buyer.title") };
}

/** The last request's files by kind, offered again in the form. */
function documentsByKind(request: VerificationRequestView | undefined) {
  const byKind: Partial<Record<VerificationRequestView["documents"][number]["kind"], { id: string; fileName: string; byteSize: number }[]>> = {};
  for (const { kind, attachment } of request?.documents ?? []) (byKind[kind] ??= []).push({ id: attachment.id, fileName: attachment.fileName, byteSize: attachment.byteSize });
  return byKind;
}

/** A buyer company's verification, needed before suppliers can confirm its large orders. */
export default async function BuyerVerificationPage({ params }: Props) {
  const locale = await resolveLocale(params);
  const actor = await requirePageActor(locale, `/${locale}/buyer/verification`, "page:buyer");
  const t = getT(locale, "verification");
  const { organization, requests } = await getOwnVerification(db(), actor);
  const country = actor.organization.country;
  const latest = requests?.[0];
  const waiting = latest?.status === "SUBMITTED" ? latest : undefined;
  return (
    <div className="space-y-6">
      <PageHeader title={t("buyer.title")} description={t("buyer.description", { amount: formatNumber(locale, env().BUYER_REVIEW_ORDER_USD) })} />
      <section aria-labelledby="verification-status" className="space-y-2 rounded-xl border border-slate-200 bg-white p-5">
        <div className="flex flex-wrap items-center gap-3">
          <h2 id="verification-status" className="text-lg font-semibold text-slate-900">
            {t("supplier.status_title")}
          </h2>
          <OrganizationStatusBadge locale={locale} status={organization.status} />
        </div>
        <p className="text-sm text-slate-700">{t(`buyer.status_hint.${organization.status}`)}</p>
      </section>
      {requests === null ? (
        <Alert kind="info">{t("supplier.members_only")}</Alert>
      ) : (
        <>
          {latest?.status === "MORE_INFO_REQUESTED" ? <Alert kind="info">{t("supplier.more_info")}</Alert> : null}
          {waiting ? (
            <Alert kind="info">{t("supplier.waiting", { date: formatDateTime(locale, waiting.submittedAt) })}</Alert>
          ) : !isBuyerRegistrationCountry(country) ? (
            <Alert kind="info">{t("buyer.unsupported_country")}</Alert>
          ) : (
            <VerificationForm
              locale={locale}
              renewal={organization.status === "VERIFIED"}
              buyerCountry={country}
              initial={{ creditCode: latest?.creditCode ?? "", legalRepresentative: latest?.legalRepresentative ?? "", registeredAddress: latest?.registeredAddress ?? "", exportLicenseNumber: "", customsCode: "" }}
              initialDocuments={documentsByKind(latest)}
            />
          )}
          <RequestHistory locale={locale} requests={requests} buyer />
        </>
      )}
    </div>
  );
}
