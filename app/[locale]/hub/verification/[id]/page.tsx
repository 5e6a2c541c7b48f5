import type { Metadata } from "next";
import Link from "next/link";
import { DecisionForm } from "@/components/verification/decision-form";
import { RequestDetails } from "@/components/verification/request-details";
import { OrganizationStatusBadge, RequestStatusBadge } from "@/components/verification/status-badges";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageActor } from "@/lib/auth/page-guards";
import { db } from "@/lib/db/client";
import { notFoundOnMissing } from "@/lib/errors/not-found-on-missing";
import { intlLocale } from "@/lib/i18n/config";
import { formatDate, formatDateTime } from "@/lib/i18n/format";
import { getT, resolveLocale } from "@/lib/i18n/server";
import { getVerificationRequest } from "@/lib/verification/get-verification";

type Props = { params: Promise<{ locale: string; id: string }> };

const registryUrl = "https://www.gsxt.gov.cn/";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: getT(await resolveLocale(params), "verification")("review.meta_title") };
}

export default async function VerificationRequestPage({ params }: Props) {
  const locale = await resolveLocale(params);
  const { id } = await params;
  const actor = await requirePageActor(locale, `/${locale}/hub/verification/${id}`, "verification:review");
  const t = getT(locale, "verification");
  const { request, review } = await notFoundOnMissing(getVerificationRequest(db(), actor, id));
  const organization = request.organization;
  const country = new Intl.DisplayNames([intlLocale[locale]], { type: "region" }).of(organization.country) ?? organization.country;
  return (
    <div className="space-y-6">
      <p>
        <Link href={`/${locale}/hub/verification`} className="text-sm font-medium text-brand-700 underline underline-offset-2">
          ← {t("review.back")}
        </Link>
      </p>
      <PageHeader title={t("review.title", { name: organization.name })} description={review?.submittedBy ? t("review.submitted_by", { name: review.submittedBy.name, email: review.submittedBy.email, date: formatDateTime(locale, request.submittedAt) }) : undefined} />
      {review?.sameCode.length ? (
        <Alert kind="error">
          <p className="font-medium">{t("review.same_code_title")}</p>
          <ul className="mt-1 list-inside list-disc">
            {review.sameCode.map((other) => (
              <li key={other.id}>
                {other.name} ({getT(locale)(`verification.${other.verificationStatus}`)})
              </li>
            ))}
          </ul>
        </Alert>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-[3fr_2fr]">
        <div className="min-w-0 space-y-6">
          <section aria-labelledby="request-company" className="space-y-3 rounded-xl border border-slate-200 bg-white p-5">
            <h2 id="request-company" className="text-lg font-semibold text-slate-900">
              {t("review.company")}
            </h2>
            <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-2">
              <div>
                <dt className="text-slate-600">{t("review.legal_name")}</dt>
                <dd className="text-slate-900">{organization.legalName}</dd>
              </div>
              <div>
                <dt className="text-slate-600">{t("review.location")}</dt>
                <dd className="text-slate-900">
                  {organization.city}, {country}
                </dd>
              </div>
              <div>
                <dt className="text-slate-600">{t("review.member_since")}</dt>
                <dd className="text-slate-900">{formatDate(locale, organization.createdAt)}</dd>
              </div>
              <div>
                <dt className="text-slate-600">{t("review.current_status")}</dt>
                <dd>
                  <OrganizationStatusBadge locale={locale} status={organization.verificationStatus} />
                </dd>
              </div>
            </dl>
          </section>
          <section aria-labelledby="request-details" className="space-y-3 rounded-xl border border-slate-200 bg-white p-5">
            <div className="flex flex-wrap items-center gap-3">
              <h2 id="request-details" className="text-lg font-semibold text-slate-900">
                {t("request.details")}
              </h2>
              <RequestStatusBadge locale={locale} status={request.status} />
            </div>
            {organization.type === "SUPPLIER" ? (
              <p className="text-sm text-slate-700">
                {t("review.registry")}{" "}
                <a href={registryUrl} target="_blank" rel="noreferrer noopener" className="font-medium text-brand-700 underline underline-offset-2">
                  {t("review.registry_link")}
                </a>
              </p>
            ) : null}
            <RequestDetails locale={locale} request={request} buyer={organization.type === "BUYER"} />
            {review?.decidedBy && request.decidedAt ? <p className="text-sm text-slate-600">{t("review.decided_by", { name: review.decidedBy.name, date: formatDateTime(locale, request.decidedAt) })}</p> : null}
          </section>
        </div>
        <div className="min-w-0 space-y-6">
          {request.status === "SUBMITTED" ? (
            <DecisionForm locale={locale} requestId={request.id} />
          ) : (
            <Alert kind="info">{t("review.decided", { status: t(`request_status.${request.status}`) })}</Alert>
          )}
          <section aria-labelledby="request-history" className="space-y-3 rounded-xl border border-slate-200 bg-white p-5">
            <h2 id="request-history" className="text-lg font-semibold text-slate-900">
              {t("review.history_title")}
            </h2>
            {review?.history.length ? (
              <ol className="space-y-3 text-sm">
                {review.history.map((earlier) => (
                  <li key={earlier.id} className="space-y-1 border-b border-slate-100 pb-3 last:border-0 last:pb-0">
                    <p className="flex flex-wrap items-center gap-2">
                      <Link href={`/${locale}/hub/verification/${earlier.id}`} className="font-medium text-brand-700 underline underline-offset-2">
                        {t("request.submitted_on", { date: formatDateTime(locale, earlier.submittedAt) })}
                      </Link>
                      <RequestStatusBadge locale={locale} status={earlier.status} />
                    </p>
                    {earlier.reasonCode ? <p className="text-slate-700">{t(`reason.${earlier.reasonCode}`, { defaultValue: earlier.reasonCode })}</p> : null}
                    {earlier.reasonNote ? <p className="whitespace-pre-line break-words text-slate-600">{earlier.reasonNote}</p> : null}
                  </li>
                ))}
              </ol>
            ) : (
              <p className="text-sm text-slate-600">{t("review.history_empty")}</p>
            )}
          </section>
        </div>
      </div>
    </div>
  );
}
