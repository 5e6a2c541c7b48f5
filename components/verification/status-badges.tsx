import type { VerificationRequestStatus, VerificationStatus } from "@/lib/db/generated/enums.ts";
import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";

const organizationTone: Record<VerificationStatus, string> = {
  VERIFIED: "bg-emerald-100 text-emerald-900",
  PENDING: "bg-amber-100 text-amber-900",
  UNVERIFIED: "bg-slate-100 text-slate-800",
  REJECTED: "bg-red-100 text-red-900",
};

const requestTone: Record<VerificationRequestStatus, string> = {
  SUBMITTED: "bg-amber-100 text-amber-900",
  MORE_INFO_REQUESTED: "bg-sky-100 text-sky-900",
  APPROVED: "bg-emerald-100 text-emerald-900",
  REJECTED: "bg-red-100 text-red-900",
};

const pill = "inline-block rounded-full px-2.5 py-0.5 text-xs font-medium";

/** A company's verification status, as on the dashboard's organization card. */
export function OrganizationStatusBadge({ locale, status }: { locale: Locale; status: VerificationStatus }) {
  return <span className={`${pill} ${organizationTone[status]}`}>{getT(locale)(`verification.${status}`)}</span>;
}

/** Where one request stands. */
export function RequestStatusBadge({ locale, status }: { locale: Locale; status: VerificationRequestStatus }) {
  return <span className={`${pill} ${requestTone[status]}`}>{getT(locale, "verification")(`request_status.${status}`)}</span>;
}
