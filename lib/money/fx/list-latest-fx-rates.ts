import { env } from "@/lib/env/env";
import { formatRate } from "./format-rate";
import type { FxClient } from "./fx-client";
import { isStaleRate } from "./fx-staleness";
import { parseRateOrThrow } from "./parse-rate";
import { invertRational } from "./rational";

export type LatestFxRate = {
  id: string;
  base: string;
  quote: string;
  /** As stored: units of quote per unit of base. */
  rate: string;
  /** Units of base per unit of quote, 12 significant digits, for reading. */
  inverse: string;
  source: string;
  effectiveAt: Date;
  stale: boolean;
};

/**
 * The rate in force now for every pair that has one (rates dated in the future are not yet
 * in force), sorted by base then quote, each flagged stale when older than FX_STALE_HOURS.
 * Public data: the REST API shows it to anyone, the hub page to finance staff.
 */
export async function listLatestFxRates(client: FxClient, options: { now?: Date; staleAfterHours?: number } = {}): Promise<{ staleAfterHours: number; rates: LatestFxRate[] }> {
  const now = options.now ?? new Date();
  const staleAfterHours = options.staleAfterHours ?? env().FX_STALE_HOURS;
  const latest = await client.fxRate.groupBy({ by: ["base", "quote"], where: { effectiveAt: { lte: now } }, _max: { effectiveAt: true } });
  const keys = latest.flatMap((group) => (group._max.effectiveAt ? [{ base: group.base, quote: group.quote, effectiveAt: group._max.effectiveAt }] : []));
  if (!keys.length) return { staleAfterHours, rates: [] };
  const rows = await client.fxRate.findMany({
    where: { OR: keys },
    orderBy: [{ base: "asc" }, { quote: "asc" }],
    select: { id: true, base: true, quote: true, rate: true, source: true, effectiveAt: true },
  });
  return {
    staleAfterHours,
    rates: rows.map((row) => ({ ...row, inverse: formatRate(invertRational(parseRateOrThrow(row.rate))), stale: isStaleRate(row.effectiveAt, now, staleAfterHours) })),
  };
}
