import type { TFunction } from "i18next";
import type { Locale } from "@/lib/i18n/config";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import { getT } from "@/lib/i18n/server";
import type { SupplierTrustSignals } from "@/lib/trust/supplier-trust-signals";
import { responseTimeUnit, type RateSignal } from "@/lib/trust/trust-units";

/** One signal as the page shows it: the figure (or "not enough data") and what it is based on. */
export type SignalText = { label: string; value: string; note: string | null; known: boolean };

export type TrustText = {
  verification: SignalText & { tone: "verified" | "expired" | "unverified" };
  onPlatform: SignalText;
  responseRate: SignalText;
  responseTime: SignalText;
  onTime: SignalText;
  disputes: SignalText;
  rating: SignalText;
};

export const formatPercent = (locale: Locale, rate: number) => formatNumber(locale, rate, { style: "percent", maximumFractionDigits: 0 });
export const formatRating = (locale: Locale, rating: number) => formatNumber(locale, rating, { minimumFractionDigits: 1, maximumFractionDigits: 1 });

const counted = (t: TFunction, locale: Locale, key: string, count: number) => t(key, { count, formatted: formatNumber(locale, count) });

function rate(t: TFunction, locale: Locale, label: string, signal: RateSignal, basisKey: string): SignalText {
  return {
    label,
    value: signal.rate === null ? t("signals.not_enough_data") : formatPercent(locale, signal.rate),
    note: signal.of > 0 ? counted(t, locale, basisKey, signal.of) : null,
    known: signal.rate !== null,
  };
}

/** "5 hours", "2 days", "Under an hour" — a duration in words, plural-aware in every locale. */
export function describeResponseTime(t: TFunction, locale: Locale, seconds: number): string {
  const unit = responseTimeUnit(seconds);
  return unit.unit === "under_hour" ? t("signals.under_an_hour") : counted(t, locale, `signals.${unit.unit}`, unit.count);
}

/** The rating as words: "4.6 out of 5", or why there is none yet. */
export function describeRating(t: TFunction, locale: Locale, rating: SupplierTrustSignals["rating"]): SignalText {
  return {
    label: t("signals.rating"),
    value: rating.average !== null ? t("rating.value", { rating: formatRating(locale, rating.average) }) : rating.count === 0 ? t("rating.none") : t("signals.not_enough_data"),
    note: rating.count > 0 ? counted(t, locale, "rating.reviews", rating.count) : null,
    known: rating.average !== null,
  };
}

/** Every signal of one supplier, formatted for `locale`. */
export function describeTrust(locale: Locale, signals: SupplierTrustSignals): TrustText {
  const t = getT(locale, "trust");
  const { verification } = signals;
  const verificationValue =
    verification.state === "verified"
      ? verification.verifiedAt
        ? t("signals.verified_since", { date: formatDate(locale, verification.verifiedAt) })
        : t("signals.verified")
      : verification.state === "expired" && verification.expiresAt
        ? t("signals.verification_expired", { date: formatDate(locale, verification.expiresAt) })
        : t("signals.not_verified");
  return {
    verification: {
      label: t("signals.verification"),
      value: verificationValue,
      note: verification.state === "verified" && verification.expiresAt ? t("signals.valid_until", { date: formatDate(locale, verification.expiresAt) }) : null,
      known: true,
      tone: verification.state,
    },
    onPlatform: {
      label: t("signals.on_platform"),
      value: signals.yearsOnPlatform === 0 ? t("signals.under_a_year") : counted(t, locale, "signals.years", signals.yearsOnPlatform),
      note: t("signals.since", { date: formatDate(locale, signals.memberSince) }),
      known: true,
    },
    responseRate: rate(t, locale, t("signals.response_rate"), signals.responseRate, "signals.response_rate_basis"),
    responseTime: {
      label: t("signals.response_time"),
      value: signals.medianResponse.seconds === null ? t("signals.not_enough_data") : describeResponseTime(t, locale, signals.medianResponse.seconds),
      note: signals.medianResponse.sample > 0 ? counted(t, locale, "signals.response_time_basis", signals.medianResponse.sample) : null,
      known: signals.medianResponse.seconds !== null,
    },
    onTime: rate(t, locale, t("signals.on_time"), signals.onTimeDelivery, "signals.on_time_basis"),
    disputes: rate(t, locale, t("signals.disputes"), signals.disputeRate, "signals.disputes_basis"),
    rating: describeRating(t, locale, signals.rating),
  };
}

/** One line for a table cell: "Rating: 4.6 out of 5 · 12 reviews". */
export function ratingLine(locale: Locale, rating: SupplierTrustSignals["rating"]): string {
  const t = getT(locale, "trust");
  const text = describeRating(t, locale, rating);
  return t("compare.rating", { value: text.note ? `${text.value} · ${text.note}` : text.value });
}

/** One line for a table cell: "Response rate: 92 %", or that there is not enough data. */
export function responseRateLine(locale: Locale, signal: RateSignal): string {
  const t = getT(locale, "trust");
  return t("compare.response_rate", { value: signal.rate === null ? t("signals.not_enough_data") : formatPercent(locale, signal.rate) });
}
