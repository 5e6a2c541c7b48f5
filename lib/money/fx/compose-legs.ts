import type { CurrencyCode } from "@/lib/money/currencies";
import { parseRateOrThrow } from "./parse-rate";
import { invertRational, multiplyRationals, rational, type Rational } from "./rational";

/** One stored rate used on the way from one currency to another: 1 base = rate quote. */
export type RateLeg = {
  base: CurrencyCode;
  quote: CurrencyCode;
  /** The stored decimal string, exactly as recorded. */
  rate: string;
  source: string;
  effectiveAt: Date;
  /** True when the path walks this pair backwards (quote → base), i.e. uses 1/rate. */
  inverted: boolean;
};

type LegRate = Pick<RateLeg, "base" | "quote" | "rate" | "inverted">;

/**
 * The exact from → to rate of a chain of legs: the product of each leg's rate or its
 * inverse. Throws when the legs do not lead from `from` to `to` — a snapshot that does not
 * describe the conversion it is used for must not convert anything.
 */
export function composeLegs(from: CurrencyCode, to: CurrencyCode, legs: readonly LegRate[]): Rational {
  let at: CurrencyCode = from;
  const factors: Rational[] = [];
  for (const leg of legs) {
    const [enter, leave] = leg.inverted ? [leg.quote, leg.base] : [leg.base, leg.quote];
    if (enter !== at) throw new RangeError(`FX legs do not connect: expected a leg from ${at}, got ${enter}`);
    const stored = parseRateOrThrow(leg.rate);
    factors.push(leg.inverted ? invertRational(stored) : stored);
    at = leave;
  }
  if (at !== to) throw new RangeError(`FX legs end at ${at}, not ${to}`);
  return factors.length ? multiplyRationals(...factors) : rational(1n);
}
