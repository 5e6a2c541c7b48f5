/**
 * Splitting and scaling amounts of integer minor units without losing or inventing a unit.
 * Rounding each share on its own makes the parts drift from the total (100.00 / 3 → 3 × 33.33
 * = 99.99), so every split here hands the rounding leftover to specific parts instead.
 */

const basisPointsPerWhole = 10_000n;

/**
 * Splits `total` minor units in proportion to `weights` so the parts sum to `total` exactly
 * (largest-remainder method): each part gets the floor of its exact share, then the units left
 * over go one each to the parts with the largest remainders, ties to the earliest index. So no
 * part is more than one unit off its exact share, a zero weight always gets 0, and the result
 * is deterministic. A negative total is split as its absolute value and negated, so refunds
 * mirror the charges they undo.
 *
 * Throws RangeError when there are no weights, a weight is negative, or all weights are zero.
 */
export function allocateMinor(total: bigint, weights: readonly bigint[]): bigint[] {
  if (weights.length === 0) throw new RangeError("allocateMinor needs at least one weight");
  let weightSum = 0n;
  for (const weight of weights) {
    if (weight < 0n) throw new RangeError(`allocateMinor weights must not be negative (got ${weight})`);
    weightSum += weight;
  }
  if (weightSum === 0n) throw new RangeError("allocateMinor needs at least one weight above zero");

  const negative = total < 0n;
  const amount = negative ? -total : total;
  const parts: bigint[] = [];
  const remainders: bigint[] = [];
  let allocated = 0n;
  for (const weight of weights) {
    const product = amount * weight;
    const share = product / weightSum;
    parts.push(share);
    remainders.push(product % weightSum);
    allocated += share;
  }

  // The leftover is below weights.length, because each remainder is below weightSum.
  const leftover = Number(amount - allocated);
  const order = weights.map((_, index) => index);
  // Array.prototype.sort is stable, so equal remainders keep index order (earliest wins).
  order.sort((a, b) => {
    const ra = remainders[a] ?? 0n;
    const rb = remainders[b] ?? 0n;
    return ra === rb ? 0 : ra > rb ? -1 : 1;
  });
  for (const index of order.slice(0, leftover)) {
    parts[index] = (parts[index] ?? 0n) + 1n;
  }
  return negative ? parts.map((part) => -part) : parts;
}

/**
 * Splits `total` into `parts` amounts that differ by at most one minor unit, the larger ones
 * first (100.00 three ways → 33.34, 33.33, 33.33) — e.g. instalments, or a shared fee.
 *
 * Throws RangeError unless `parts` is a positive safe integer.
 */
export function splitEvenly(total: bigint, parts: number): bigint[] {
  if (!Number.isSafeInteger(parts) || parts < 1) {
    throw new RangeError(`splitEvenly needs a positive whole number of parts (got ${parts})`);
  }
  return allocateMinor(total, new Array<bigint>(parts).fill(1n));
}

/**
 * `amount` × `basisPoints` / 10 000 in minor units (250 bp = 2.5 %), for commissions and fees.
 * Computed exactly with BigInt and rounded half to even (bankers' rounding), so exact halves
 * do not all round the same way and many small fees do not drift upwards in total.
 * Negative amounts or basis points (discounts, refunds) round symmetrically.
 *
 * Throws RangeError when `basisPoints` is a number that is not a safe integer.
 */
export function percentOf(amount: bigint, basisPoints: number | bigint): bigint {
  if (typeof basisPoints === "number" && !Number.isSafeInteger(basisPoints)) {
    throw new RangeError(`percentOf needs whole basis points (got ${basisPoints})`);
  }
  const product = amount * BigInt(basisPoints);
  const negative = product < 0n;
  const magnitude = negative ? -product : product;
  let quotient = magnitude / basisPointsPerWhole;
  const twiceRemainder = (magnitude % basisPointsPerWhole) * 2n;
  if (twiceRemainder > basisPointsPerWhole || (twiceRemainder === basisPointsPerWhole && quotient % 2n === 1n)) {
    quotient += 1n;
  }
  return negative ? -quotient : quotient;
}
