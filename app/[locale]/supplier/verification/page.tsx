import type { Metadata } from "next";
import { RequestHistory } from "@/components/verification/request-history";
import { VerificationForm } from "@/components/verification/verification-form";
import { VerificationSummary } from "@/components/verification/verification-summary";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageActor } from "@/lib/auth/page-guards";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env/server";
import { formatDateTime } from "@/lib/i18n/format";
import { getT, resolveLocale } from "@/lib/i18n/server";
import { getOwnVerification } from "@/lib/verification/get-own-verification";
import type { VerificationRequestView } from "@/lib/verification/verification-request-view";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: getT(await resolveLocale(params), "verification")("supplier.title") };
}

/** The last request's files by kind, offered again in the form. */
function documentsByKind(request: VerificationRequestView | undefined) {
  const byKind: Partial<Record<VerificationRequestView["documents"][number]["kind"], { id: string; fileName: string; byteSize: number }[]>> = {};
  for (const { kind, attachment } of request?.documents ?? []) (byKind[kind] ??= []).push({ id: attachment.id, fileName: attachment.fileName, byteSize: attachment.byteSize });
  return byKind;
}

export default async function SupplierVerificationPage({ params }: Props) {
  const locale = await resolveLocale(params);
  const actor = await requirePageActor(locale, `/${locale}/supplier/verification`, "page:supplier");
  const t = getT(locale, "verification");
  const { organization, requests } = await getOwnVerification(db(), actor);
  const now = new Date();
  const renewFrom = new Date(now.getTime() + env().VERIFICATION_REMINDER_DAYS * 86_400_000);
  const latest = requests?.[0];
  const waiting = latest?.status === "SUBMITTED" ? latest : undefined;
  return (
    <div className="space-y-6">
      <PageHeader title={t("supplier.title")} description={t("supplier.description")} />
      <VerificationSummary locale={locale} organization={organization} renewFrom={renewFrom} />
      {requests === null ? (
        <Alert kind="info">{t("supplier.members_only")}</Alert>
      ) : (
        <>
          {latest?.status === "MORE_INFO_REQUESTED" ? <Alert kind="info">{t("supplier.more_info")}</Alert> : null}
          {waiting ? (
            <Alert kind="info">{t("supplier.waiting", { date: formatDateTime(locale, waiting.submittedAt) })}</Alert>
          ) : (
            <VerificationForm
              locale={locale}
              renewal={organization.status === "VERIFIED"}
              initial={{
                creditCode: latest?.creditCode ?? "",
                legalRepresentative: latest?.legalRepresentative ?? "",
                registeredAddress: latest?.registeredAddress ?? "",
                exportLicenseNumber: latest?.exportLicenseNumber ?? "",
                customsCode: latest?.customsCode ?? "",
              }}
              initialDocuments={documentsByKind(latest)}
            />
          )}
          <RequestHistory locale={locale} requests={requests} />
        </>
      )}
    </div>
  );
}
