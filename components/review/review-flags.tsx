import type { TFunction } from "i18next";
import type { Locale } from "@/lib/i18n/config";
import { formatMoney, formatNumber } from "@/lib/i18n/format";
import { getT } from "@/lib/i18n/server";
import { suggestedReason, type ModerationFlag } from "@/lib/moderation/moderation-flags";
import { countryList, hsWhere, languageName } from "./review-format";

/** The count badge next to a listing's title: amber for warnings, red when the goods may be prohibited. */
export function FlagBadge({ locale, flags }: { locale: Locale; flags: ModerationFlag[] }) {
  if (!flags.length) return null;
  const serious = flags.some((flag) => flag.kind === "restricted_hs" || (flag.kind === "keyword" && flag.topic !== "counterfeit"));
  const tone = serious ? "bg-red-50 text-red-800 ring-red-300" : "bg-amber-50 text-amber-900 ring-amber-300";
  return (
    <span className={`inline-flex whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-semibold ring-1 ring-inset ${tone}`}>
      {getT(locale, "review")("flags.badge", { count: flags.length, formatted: formatNumber(locale, flags.length) })}
    </span>
  );
}

/** Each warning with its evidence and the reason a moderator who agrees would likely give. */
export function ReviewFlags({ locale, listingId, flags }: { locale: Locale; listingId: string; flags: ModerationFlag[] }) {
  const t = getT(locale, "review");
  if (!flags.length) return <p className="text-sm text-slate-600">{t("flags.none")}</p>;
  return (
    <section aria-labelledby={`flags-${listingId}`} className="rounded-md border border-amber-200 bg-amber-50/60 px-3 py-2">
      <h3 id={`flags-${listingId}`} className="text-sm font-semibold text-amber-950">
        {t("flags.heading")}
      </h3>
      <ul className="mt-1 list-disc space-y-1 pl-5 text-sm text-slate-900">
        {flags.map((flag, index) => (
          <li key={index}>
            {evidence(locale, t, flag)} <span className="text-slate-600">{t("flags.suggested", { reason: t(`reasons.${suggestedReason(flag)}`) })}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

function evidence(locale: Locale, t: TFunction, flag: ModerationFlag): string {
  switch (flag.kind) {
    case "restricted_hs":
      return t(`flags.restricted_${flag.rule}`, { hsCode: flag.hsCode, where: hsWhere(t, flag.match), group: t(`flags.group.${flag.group}`) });
    case "keyword":
      return t(`flags.keyword_${flag.field}`, { keyword: flag.keyword, topic: t(`flags.topic.${flag.topic}`), language: languageName(locale, flag.locale) });
    case "price_outlier": {
      const text = t(`flags.price_${flag.direction}`, {
        count: flag.sample,
        formatted: formatNumber(locale, flag.sample),
        price: formatMoney(locale, flag.priceMinor, flag.currency),
        median: formatMoney(locale, flag.medianMinor, flag.currency),
        percent: formatNumber(locale, flag.percent / 100, { style: "percent", maximumFractionDigits: 1 }),
      });
      if (!flag.original) return text;
      return `${text} ${t("flags.converted", { original: formatMoney(locale, flag.original.minor, flag.original.currency), from: flag.original.currency, to: flag.currency, rate: flag.original.rate })}`;
    }
    case "eac_missing":
      return t("flags.eac_missing", { hsCode: flag.hsCode, where: hsWhere(t, flag.match), regulations: flag.regulations, countries: countryList(locale, flag.countries) });
  }
}
