import { env } from "@/lib/env/env";
import { isCurrencyCode, type CurrencyCode } from "@/lib/money/currencies";
import { composeLegs, type RateLeg } from "./compose-legs";
import { formatRate } from "./format-rate";
import type { FxClient } from "./fx-client";
import { isStaleRate } from "./fx-staleness";
import type { Rational } from "./rational";

export type FoundRate = {
  from: CurrencyCode;
  to: CurrencyCode;
  /** Exact units of `to` per unit of `from`; convert with this, never with `display`. */
  rate: Rational;
  /** The rate as a decimal string with 12 significant digits, for people. */
  display: string;
  /** The stored rates used, in path order: none (same currency), one, or two through a pivot. */
  legs: RateLeg[];
  /** When the oldest leg took effect; `at` for the identity. */
  effectiveAt: Date;
  /** The oldest leg is older than FX_STALE_HOURS at `at`. */
  stale: boolean;
};

/** Currencies a cross rate may go through, in order of preference. */
export const pivotCurrencies = ["USD", "CNY"] as const satisfies readonly CurrencyCode[];

async function latestStored(client: FxClient, base: CurrencyCode, quote: CurrencyCode, at: Date) {
  return client.fxRate.findFirst({
    where: { base, quote, effectiveAt: { lte: at } },
    orderBy: { effectiveAt: "desc" },
    select: { base: true, quote: true, rate: true, source: true, effectiveAt: true },
  });
}

/**
 * The newest stored rate between two currencies in either direction. When both directions
 * exist the newer one wins (finance may have switched which way round they quote a pair);
 * on a tie the direct one does.
 */
async function findLeg(client: FxClient, from: CurrencyCode, to: CurrencyCode, at: Date): Promise<RateLeg | null> {
  const [direct, inverse] = await Promise.all([latestStored(client, from, to, at), latestStored(client, to, from, at)]);
  const useInverse = inverse && (!direct || inverse.effectiveAt > direct.effectiveAt);
  const row = useInverse ? inverse : direct;
  if (!row || !isCurrencyCode(row.base) || !isCurrencyCode(row.quote)) return null;
  return { base: row.base, quote: row.quote, rate: row.rate, source: row.source, effectiveAt: row.effectiveAt, inverted: Boolean(useInverse) };
}

async function findPath(client: FxClient, from: CurrencyCode, to: CurrencyCode, at: Date): Promise<RateLeg[] | null> {
  if (from === to) return [];
  const direct = await findLeg(client, from, to, at);
  if (direct) return [direct];
  for (const pivot of pivotCurrencies) {
    if (pivot === from || pivot === to) continue;
    const [first, second] = await Promise.all([findLeg(client, from, pivot, at), findLeg(client, pivot, to, at)]);
    if (first && second) return [first, second];
  }
  return null;
}

/**
 * The rate to convert `from` into `to` as it stood at `at`: the latest rate with
 * effectiveAt ≤ at for the pair (either direction), else a cross rate through USD, else
 * through CNY. Rates dated after `at` are ignored. Null when no path exists.
 */
export async function findRate(
  client: FxClient,
  from: CurrencyCode,
  to: CurrencyCode,
  at: Date = new Date(),
  options: { staleAfterHours?: number } = {},
): Promise<FoundRate | null> {
  const legs = await findPath(client, from, to, at);
  if (!legs) return null;
  const rate = composeLegs(from, to, legs);
  const effectiveAt = legs.reduce((oldest, leg) => (leg.effectiveAt < oldest ? leg.effectiveAt : oldest), at);
  const staleAfterHours = options.staleAfterHours ?? env().FX_STALE_HOURS;
  return { from, to, rate, display: formatRate(rate), legs, effectiveAt, stale: legs.length > 0 && isStaleRate(effectiveAt, at, staleAfterHours) };
}
