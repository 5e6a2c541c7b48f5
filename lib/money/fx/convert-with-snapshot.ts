import type { CurrencyCode } from "@/lib/money/currencies";
import { composeLegs } from "./compose-legs";
import { convertMinor } from "./convert-minor";
import { rationalToFraction } from "./format-rate";
import { invertRational } from "./rational";
import { rateSnapshotSchema } from "./rate-snapshot";

/**
 * Converts with the rate a snapshot recorded, giving the same result as when the snapshot
 * was taken. The rate is recomputed from the recorded legs and must equal the recorded
 * fraction; a snapshot for the opposite direction is used inverted (e.g. for a refund).
 * `snapshot` is a RateSnapshot or the JSON read back from the database; anything else —
 * another pair, a tampered or malformed snapshot — throws.
 */
export function convertWithSnapshot(amountMinor: bigint, from: CurrencyCode, to: CurrencyCode, snapshot: unknown): bigint {
  const parsed = rateSnapshotSchema.parse(snapshot);
  const forward = composeLegs(parsed.from, parsed.to, parsed.legs);
  if (rationalToFraction(forward) !== parsed.rate) throw new RangeError("FX snapshot: the legs do not give the recorded rate");
  if (parsed.from === from && parsed.to === to) return convertMinor(amountMinor, from, to, forward);
  if (parsed.from === to && parsed.to === from) return convertMinor(amountMinor, from, to, invertRational(forward));
  throw new RangeError(`FX snapshot is for ${parsed.from}→${parsed.to}, not ${from}→${to}`);
}
