import { z } from "zod";
import { currencyCodes, type CurrencyCode } from "@/lib/money/currencies";
import { rationalToFraction } from "./format-rate";
import type { FoundRate } from "./find-rate";

const currency = z.enum(currencyCodes as [CurrencyCode, ...CurrencyCode[]]);

/**
 * The rate a quote comparison, order or payment used, stored with it as JSON. It names the
 * stored rates (legs) exactly, so the same conversion can be recomputed later whatever rates
 * arrive in the meantime, and a reader can see where the rate came from.
 */
export const rateSnapshotSchema = z.object({
  version: z.literal(1),
  from: currency,
  to: currency,
  /** Exact rate as "numerator/denominator" (units of `to` per unit of `from`). */
  rate: z.string().regex(/^\d+\/\d+$/),
  /** 12 significant digits, for people. */
  display: z.string(),
  legs: z
    .array(
      z.object({
        base: currency,
        quote: currency,
        rate: z.string(),
        source: z.string(),
        effectiveAt: z.iso.datetime(),
        inverted: z.boolean(),
      }),
    )
    .max(2),
  effectiveAt: z.iso.datetime(),
  stale: z.boolean(),
});

export type RateSnapshot = z.infer<typeof rateSnapshotSchema>;

/** A found rate as plain JSON (no BigInt, no Date), ready to store in a Json column. */
export function toRateSnapshot(found: FoundRate): RateSnapshot {
  return {
    version: 1,
    from: found.from,
    to: found.to,
    rate: rationalToFraction(found.rate),
    display: found.display,
    legs: found.legs.map((leg) => ({ ...leg, effectiveAt: leg.effectiveAt.toISOString() })),
    effectiveAt: found.effectiveAt.toISOString(),
    stale: found.stale,
  };
}
