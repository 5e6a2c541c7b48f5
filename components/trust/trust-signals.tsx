import type { ReactNode } from "react";
import type { Locale } from "@/lib/i18n/config";
import { formatNumber } from "@/lib/i18n/format";
import { getT } from "@/lib/i18n/server";
import type { SupplierTrustSignals } from "@/lib/trust/supplier-trust-signals";
import { minimumSample } from "@/lib/trust/trust-units";
import { Rating } from "./rating";
import { describeTrust, type SignalText } from "./trust-text";

const badgeTone = {
  verified: "bg-emerald-100 text-emerald-900",
  expired: "bg-amber-100 text-amber-900",
  unverified: "bg-slate-100 text-slate-800",
} as const;

function Signal({ signal, children }: { signal: SignalText; children?: ReactNode }) {
  return (
    <div className="min-w-0">
      <dt className="text-slate-600">{signal.label}</dt>
      <dd>
        {children ?? <span className={signal.known ? "font-semibold text-slate-900" : "text-slate-700"}>{signal.value}</span>}
        {signal.note && !children ? <span className="block text-xs text-slate-600">{signal.note}</span> : null}
      </dd>
    </div>
  );
}

/**
 * The supplier's track record as buyers see it: verification, time on the platform, response
 * rate and time, on-time delivery, disputes and rating — each with what it is based on, and
 * "not enough data" instead of a figure from too few cases. `compact` stacks the figures in
 * one column for a side panel that already names the verification and the join date.
 */
export function TrustSignals({ locale, signals, compact = false, headingId = "trust-signals" }: { locale: Locale; signals: SupplierTrustSignals; compact?: boolean; headingId?: string }) {
  const t = getT(locale, "trust");
  const text = describeTrust(locale, signals);
  return (
    <section aria-labelledby={headingId} className={compact ? "space-y-3" : "space-y-3 rounded-xl border border-slate-200 bg-white p-5"}>
      <h2 id={headingId} className={compact ? "text-sm font-medium text-slate-600" : "font-semibold"}>
        {t("signals.title")}
      </h2>
      {compact ? null : (
        <p className="flex flex-wrap items-center gap-x-2 gap-y-1">
          <span className={`inline-block rounded-full px-2.5 py-0.5 text-xs font-medium ${badgeTone[text.verification.tone]}`}>{text.verification.value}</span>
          {text.verification.note ? <span className="text-xs text-slate-600">{text.verification.note}</span> : null}
        </p>
      )}
      <dl className={`grid gap-x-6 gap-y-3 text-sm ${compact ? "grid-cols-1" : "sm:grid-cols-2 lg:grid-cols-3"}`}>
        <Signal signal={text.rating}>
          <Rating value={signals.rating.average} label={text.rating.value} note={text.rating.note} />
        </Signal>
        <Signal signal={text.responseRate} />
        <Signal signal={text.responseTime} />
        <Signal signal={text.onTime} />
        <Signal signal={text.disputes} />
        {compact ? null : <Signal signal={text.onPlatform} />}
      </dl>
      <p className="text-xs text-slate-600">{t("signals.explain", { min: formatNumber(locale, minimumSample) })}</p>
    </section>
  );
}
