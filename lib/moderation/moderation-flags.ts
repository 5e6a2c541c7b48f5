import { isLocale, type Locale } from "@/lib/i18n/config";
import type { RejectionReasonCode } from "@/lib/listings/rejection-reasons";
import type { CurrencyCode } from "@/lib/money/currencies";
import { divideHalfEven } from "@/lib/money/fx/rational";
import { eacRules, matchHsPrefix, restrictedHsRules, type RestrictedGroup } from "./hs-rules";
import { findKeywords, type KeywordTopic } from "./keywords";

/**
 * Automatic warnings on a listing waiting for review, each with the evidence a moderator
 * needs to judge it (what matched, where). Pure: the database-dependent facts (category
 * median, FX) come in as a context built by flag-context.ts. Flags advise; they never block.
 */

/** Below 20 % or above 500 % of the category median; at least 5 published listings to compare with. */
export const priceOutlierBounds = { lowPercent: 20n, highPercent: 500n, minSample: 5 } as const;

export type PriceContext = {
  /** The listing's first-tier unit price in the median's currency (converted when it differs). */
  priceMinor: bigint;
  currency: CurrencyCode;
  /** The listing's own price and the rate used, when it was converted. */
  original: { minor: bigint; currency: CurrencyCode; rate: string } | null;
  /** Twice the median: percentile_cont may land halfway between two minor units. */
  medianTwiceMinor: bigint;
  /** Published listings the median was taken over. */
  sample: number;
};

export type FlagContext = { price: PriceContext | null; eacCountries: readonly string[] };

export type FlaggableListing = { hsCode: string; title: unknown; description: unknown; certifications: readonly string[] };

export type ModerationFlag =
  | { kind: "restricted_hs"; rule: "prohibited" | "licensed"; group: RestrictedGroup; hsCode: string; match: string }
  | { kind: "keyword"; topic: KeywordTopic; keyword: string; locale: Locale; field: "title" | "description" }
  | {
      kind: "price_outlier";
      direction: "low" | "high";
      priceMinor: bigint;
      medianMinor: bigint;
      currency: CurrencyCode;
      /** Price as a percentage of the median, one decimal. */
      percent: number;
      sample: number;
      original: PriceContext["original"];
    }
  | { kind: "eac_missing"; hsCode: string; match: string; regulations: string; countries: readonly string[] };

export type ModerationFlagKind = ModerationFlag["kind"];

export function moderationFlags(listing: FlaggableListing, context: FlagContext): ModerationFlag[] {
  const flags: ModerationFlag[] = [];
  const restricted = matchHsPrefix(listing.hsCode, restrictedHsRules);
  if (restricted) flags.push({ kind: "restricted_hs", rule: restricted.rule, group: restricted.group, hsCode: listing.hsCode, match: restricted.prefix });
  flags.push(...keywordFlags(listing));
  const price = context.price ? priceFlag(context.price) : null;
  if (price) flags.push(price);
  const eac = matchHsPrefix(listing.hsCode, eacRules);
  if (eac && context.eacCountries.length && !hasEac(listing.certifications)) {
    flags.push({ kind: "eac_missing", hsCode: listing.hsCode, match: eac.prefix, regulations: eac.regulations, countries: context.eacCountries });
  }
  return flags;
}

function keywordFlags(listing: FlaggableListing): ModerationFlag[] {
  const flags: ModerationFlag[] = [];
  for (const field of ["title", "description"] as const) {
    const texts = listing[field] && typeof listing[field] === "object" ? Object.entries(listing[field] as Record<string, unknown>) : [];
    for (const [locale, text] of texts) {
      if (!isLocale(locale) || typeof text !== "string") continue;
      for (const hit of findKeywords(text, locale)) {
        if (!flags.some((flag) => flag.kind === "keyword" && flag.topic === hit.topic && flag.keyword === hit.keyword)) flags.push({ kind: "keyword", topic: hit.topic, keyword: hit.keyword, locale, field });
      }
    }
  }
  return flags;
}

function priceFlag(context: PriceContext): ModerationFlag | null {
  const { priceMinor, medianTwiceMinor: medianTwice } = context;
  if (context.sample < priceOutlierBounds.minSample || medianTwice <= 0n) return null;
  // price / median < low% ⇔ price × 200 < low × (2 × median): exact integers, no floats.
  const direction = priceMinor * 200n < priceOutlierBounds.lowPercent * medianTwice ? "low" : priceMinor * 200n > priceOutlierBounds.highPercent * medianTwice ? "high" : null;
  if (!direction) return null;
  return {
    kind: "price_outlier",
    direction,
    priceMinor,
    medianMinor: divideHalfEven(medianTwice, 2n),
    currency: context.currency,
    percent: Number(divideHalfEven(priceMinor * 2000n, medianTwice)) / 10,
    sample: context.sample,
    original: context.original,
  };
}

/** Cyrillic letters that look like Latin ones: suppliers type "ЕАС" or "ТР ТС" too. */
const lookAlikes: Record<string, string> = { А: "A", Е: "E", С: "C", Т: "T", Р: "P" };

/** EAC marking, or a TR CU ("ТР ТС") declaration named instead. */
export function hasEac(certifications: readonly string[]): boolean {
  return certifications.some((name) => {
    const latin = name.toUpperCase().replace(/[АЕСТР]/g, (letter) => lookAlikes[letter] ?? letter);
    return /(^|[^A-Z])EAC([^A-Z]|$)/.test(latin) || /^(TR CU|TR TS|TP TC)\b/.test(latin);
  });
}

/** What a moderator who agrees with the flag would most likely reject with. */
export function suggestedReason(flag: ModerationFlag): RejectionReasonCode {
  switch (flag.kind) {
    case "restricted_hs":
      return flag.rule === "prohibited" ? "prohibited_goods" : "licence_required";
    case "keyword":
      return flag.topic === "counterfeit" ? "counterfeit" : "prohibited_goods";
    case "price_outlier":
      return "price_implausible";
    case "eac_missing":
      return "missing_certificate";
  }
}

/** Lower is more serious: what "flagged first" sorts by. */
export function flagRank(flag: ModerationFlag): number {
  if (flag.kind === "restricted_hs") return flag.rule === "prohibited" ? 0 : 1;
  if (flag.kind === "keyword") return flag.topic === "counterfeit" ? 2 : 1;
  return flag.kind === "price_outlier" ? 3 : 4;
}
