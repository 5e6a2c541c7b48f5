import type { VerificationStatus } from "@/lib/db/generated/enums.ts";
import type { Locale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format";
import { getT } from "@/lib/i18n/server";
import type { CheckKey } from "@/lib/verification/verification-rules";
import { OrganizationStatusBadge } from "./status-badges";

type Props = {
  locale: Locale;
  organization: { status: VerificationStatus; verifiedAt: Date | null; expiresAt: Date | null; checks: CheckKey[] };
  /** Reminder window: from this date on, renewing is suggested. */
  renewFrom: Date;
};

/** The supplier's current verification: badge, dates and the checks behind it. */
export function VerificationSummary({ locale, organization, renewFrom }: Props) {
  const t = getT(locale, "verification");
  const { status, verifiedAt, expiresAt, checks } = organization;
  const verified = status === "VERIFIED";
  return (
    <section aria-labelledby="verification-status" className="space-y-3 rounded-xl border border-slate-200 bg-white p-5">
      <div className="flex flex-wrap items-center gap-3">
        <h2 id="verification-status" className="text-lg font-semibold text-slate-900">
          {t("supplier.status_title")}
        </h2>
        <OrganizationStatusBadge locale={locale} status={status} />
      </div>
      <p className="text-sm text-slate-700">{t(`supplier.status_hint.${status}`)}</p>
      {verified && (verifiedAt || expiresAt) ? (
        <p className="text-sm text-slate-800">
          {[verifiedAt ? t("supplier.verified_on", { date: formatDate(locale, verifiedAt) }) : null, expiresAt ? t("supplier.valid_until", { date: formatDate(locale, expiresAt) }) : null].filter(Boolean).join(" · ")}
        </p>
      ) : null}
      {!verified && expiresAt ? <p className="text-sm text-slate-800">{t("supplier.expired_on", { date: formatDate(locale, expiresAt) })}</p> : null}
      {verified && expiresAt && expiresAt <= renewFrom ? <p className="text-sm font-medium text-amber-900">{t("supplier.renew_hint", { date: formatDate(locale, expiresAt) })}</p> : null}
      {verified && checks.length ? (
        <div>
          <h3 className="text-sm font-medium text-slate-800">{t("supplier.checks_title")}</h3>
          <ul className="mt-1 space-y-0.5 text-sm text-slate-800">
            {checks.map((key) => (
              <li key={key}>
                <span aria-hidden="true">✓ </span>
                {t(`check.${key}`)}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
