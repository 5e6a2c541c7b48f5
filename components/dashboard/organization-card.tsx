import type { Actor } from "@/lib/auth/actor";
import { intlLocale, type Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";

const badge = {
  VERIFIED: "bg-emerald-100 text-emerald-900",
  PENDING: "bg-amber-100 text-amber-900",
  UNVERIFIED: "bg-slate-100 text-slate-800",
  REJECTED: "bg-red-100 text-red-900",
} as const;

export function OrganizationCard({ locale, actor }: { locale: Locale; actor: Actor }) {
  const t = getT(locale);
  const org = actor.organization;
  const country = new Intl.DisplayNames([intlLocale[locale]], { type: "region" }).of(org.country) ?? org.country;
  return (
    <div className="rounded-xl border border-slate-200 bg-white p-5">
      <p className="text-sm text-slate-600">{t(`organization_type.${org.type}`)}</p>
      <p className="text-lg font-semibold">{org.name}</p>
      <p className="text-sm text-slate-700">
        {org.city}, {country}
      </p>
      <span className={`mt-3 inline-block rounded-full px-2.5 py-0.5 text-xs font-medium ${badge[org.verificationStatus]}`}>
        {t(`verification.${org.verificationStatus}`)}
      </span>
      <p className="mt-3 text-sm text-slate-700">{actor.roles.map((role) => t(`role.${role}`)).join(", ")}</p>
    </div>
  );
}
