import Link from "next/link";
import type { Locale } from "@/lib/i18n/config";
import { formatDateTime } from "@/lib/i18n/format";
import { getT } from "@/lib/i18n/server";
import type { FlagParty, MonitoringFlag } from "@/lib/monitoring/flag-types";
import { FlagEvidence } from "./flag-evidence";

const link = "font-medium text-brand-700 underline underline-offset-2";

function Party({ locale, role, party }: { locale: Locale; role: "buyer" | "supplier"; party: FlagParty }) {
  const t = getT(locale, "dashboard");
  // Suppliers have a public page; buyers have none to link to.
  const name = role === "supplier" ? <Link href={`/${locale}/suppliers/${party.id}`} className={link}>{party.name}</Link> : party.name;
  // The sentence is translated whole ("Buyer: {{name}}", "采购商：{{name}}") and the link put where the name goes.
  const [before, after] = t(`monitoring.party_${role}`, { name: "\u0000" }).split("\u0000");
  return <span className="block">{before}{name}{after}</span>;
}

function Subject({ locale, flag }: { locale: Locale; flag: MonitoringFlag }) {
  const t = getT(locale, "dashboard");
  const { subject } = flag;
  switch (subject.kind) {
    case "order":
      return <Link href={`/${locale}/orders/${subject.id}`} className={link}>{t("monitoring.subject.order", { number: subject.number })}</Link>;
    case "quote":
      return <Link href={`/${locale}/rfqs/${subject.rfqId}`} className={link}>{t("monitoring.subject.quote", { number: subject.rfqNumber })}</Link>;
    case "rfq":
      return <Link href={`/${locale}/rfqs/${subject.id}`} className={link}>{t("monitoring.subject.rfq", { number: subject.number })}</Link>;
    case "organization":
      return subject.type === "SUPPLIER" ? <Link href={`/${locale}/suppliers/${subject.id}`} className={link}>{subject.name}</Link> : <span className="font-medium">{subject.name}</span>;
  }
}

/**
 * Flags with their evidence and links: the flagged order, quote, RFQ or company, its parties
 * (suppliers to their public page) and, for orders, the way to the order's review page.
 */
export function FlagList({ locale, flags, showReviewLink = true }: { locale: Locale; flags: MonitoringFlag[]; showReviewLink?: boolean }) {
  const t = getT(locale, "dashboard");
  return (
    <ul className="divide-y divide-slate-100">
      {flags.map((flag) => (
        <li key={flag.key} className="space-y-2 py-4" data-testid="monitoring-flag" data-rule={flag.rule}>
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <p className="flex flex-wrap items-baseline gap-2">
              <Subject locale={locale} flag={flag} />
              {flag.subject.kind === "order" && flag.subject.heldAt ? <span className="rounded bg-red-50 px-2 py-0.5 text-xs font-medium text-red-800">{t("monitoring.held")}</span> : null}
            </p>
            <span className="text-sm text-slate-600">{formatDateTime(locale, flag.at)}</span>
          </div>
          {flag.buyer || flag.supplier ? (
            <p className="text-sm text-slate-700">
              {flag.buyer && flag.subject.kind !== "organization" ? <Party locale={locale} role="buyer" party={flag.buyer} /> : null}
              {flag.supplier && flag.subject.kind !== "organization" ? <Party locale={locale} role="supplier" party={flag.supplier} /> : null}
            </p>
          ) : null}
          <FlagEvidence locale={locale} evidence={flag.evidence} />
          {showReviewLink && flag.subject.kind === "order" ? (
            <p className="text-sm">
              <Link href={`/${locale}/hub/monitoring/orders/${flag.subject.id}`} className={link}>{t("monitoring.act")}</Link>
            </p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
