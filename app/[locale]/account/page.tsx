import type { Metadata } from "next";
import { OrganizationForm } from "@/components/account/organization-form";
import { PasswordForm } from "@/components/account/password-form";
import { ProfileForm } from "@/components/account/profile-form";
import { requirePageActor } from "@/lib/auth/page-guards";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { intlLocale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format";
import { getT, resolveLocale } from "@/lib/i18n/server";
import { getOrganization } from "@/lib/organizations/get-organization";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: getT(await resolveLocale(params), "account")("title") };
}

export default async function AccountPage({ params }: Props) {
  const locale = await resolveLocale(params);
  const actor = await requirePageActor(locale, `/${locale}/account`);
  const t = getT(locale, "account");
  const common = getT(locale);
  const organization = await getOrganization(db(), actor, actor.organization.id);
  const country = new Intl.DisplayNames([intlLocale[locale]], { type: "region" }).of(organization.country) ?? organization.country;
  const section = "rounded-xl border border-slate-200 bg-white p-5 sm:p-6";
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <section className={section} aria-labelledby="profile-heading">
        <h2 id="profile-heading" className="mb-1 text-lg font-semibold">{t("profile.title")}</h2>
        <p className="mb-4 text-sm text-slate-600">{actor.email}</p>
        <ProfileForm locale={locale} name={actor.name} preferredLocale={actor.locale} />
      </section>
      <section className={section} aria-labelledby="password-heading">
        <h2 id="password-heading" className="mb-4 text-lg font-semibold">{t("password.title")}</h2>
        <PasswordForm locale={locale} />
      </section>
      <section className={`${section} lg:col-span-2`} aria-labelledby="organization-heading">
        <h2 id="organization-heading" className="mb-1 text-lg font-semibold">{t("organization.title")}</h2>
        <dl className="mb-4 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-3">
          <div>
            <dt className="text-slate-600">{t("organization.type")}</dt>
            <dd className="font-medium">{common(`organization_type.${organization.type}`)}</dd>
          </div>
          <div>
            <dt className="text-slate-600">{t("organization.country")}</dt>
            <dd className="font-medium">{country}</dd>
          </div>
          <div>
            <dt className="text-slate-600">{t("organization.verification")}</dt>
            <dd className="font-medium">
              {common(`verification.${organization.verificationStatus}`)}
              {organization.verifiedAt ? ` · ${formatDate(locale, organization.verifiedAt)}` : null}
            </dd>
          </div>
        </dl>
        {can(actor, "organization:update", { organizationId: organization.id }) ? (
          <OrganizationForm locale={locale} organization={organization} />
        ) : (
          <p className="text-sm text-slate-700">
            {organization.name} · {organization.legalName} · {organization.city}
          </p>
        )}
      </section>
    </div>
  );
}
