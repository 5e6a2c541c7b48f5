import { divideHalfEven } from "@/lib/money/fx/rational";
import { sameParty } from "./party-names";

/*
 * The decisions of the monitoring rules, free of the database: each takes the facts the
 * queries found and says whether they raise a flag. The queries (find-*.ts) only gather.
 */

const dayMs = 86_400_000;

/** Registered, or first verified, within the last `days` days. */
export function isNewSupplier(supplier: { createdAt: Date; firstVerifiedAt: Date | null }, now: Date, days: number): boolean {
  const since = now.getTime() - days * dayMs;
  return supplier.createdAt.getTime() >= since || (supplier.firstVerifiedAt !== null && supplier.firstVerifiedAt.getTime() >= since);
}

/** Strictly above the threshold: an order of exactly the threshold is not flagged. */
export function isAboveThreshold(amountMinor: bigint, thresholdMinor: bigint): boolean {
  return amountMinor > thresholdMinor;
}

/** The median of amounts in one currency; an even count averages the middle two (half-even). Null when empty. */
export function medianMinor(values: readonly bigint[]): bigint | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length % 2 === 1) return sorted[middle]!;
  return divideHalfEven(sorted[middle - 1]! + sorted[middle]!, 2n);
}

/** The price as a whole percentage of the median (rounded half-even), for the evidence. */
export function percentOfMedian(priceMinor: bigint, median: bigint): number {
  return Number(divideHalfEven(priceMinor * 100n, median));
}

/**
 * "below" when the price is under lowPercent % of the median, "above" when over highPercent %,
 * else null. Compared exactly in integers: price × 100 against median × percent.
 */
export function priceDeviation(priceMinor: bigint, median: bigint, lowPercent: number, highPercent: number): "below" | "above" | null {
  if (median <= 0n) return null;
  if (priceMinor * 100n < median * BigInt(lowPercent)) return "below";
  if (priceMinor * 100n > median * BigInt(highPercent)) return "above";
  return null;
}

/** Enough cancelled orders in the window to be worth a look. */
export function hasRepeatedCancellations(count: number, threshold: number): boolean {
  return count >= threshold;
}

/**
 * A transfer's payer is a third party when the name on it is neither the buyer's display name
 * nor its legal name, once case, punctuation, script and legal-form words are set aside.
 * A transfer without a payer name proves nothing and is not flagged.
 */
export function isThirdPartyPayer(payerName: string | null, buyer: { name: string; legalName: string }): boolean {
  if (!payerName || !payerName.trim()) return false;
  return !sameParty(payerName, buyer.name) && !sameParty(payerName, buyer.legalName);
}
