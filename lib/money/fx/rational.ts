/**
 * An exact positive-or-negative fraction of BigInts, always reduced and with a positive
 * denominator. FX rates are decimal strings, and composing them (an inverse, a cross rate
 * through USD) gives fractions that no float — and no fixed number of decimals — holds
 * exactly; keeping them as fractions lets a conversion round once, at the very end.
 */
export type Rational = { readonly num: bigint; readonly den: bigint };

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

/** num/den in lowest terms. A zero denominator is a programming error. */
export function rational(num: bigint, den: bigint = 1n): Rational {
  if (den === 0n) throw new RangeError("Rational with a zero denominator");
  const sign = den < 0n ? -1n : 1n;
  const divisor = gcd(num, den) || 1n;
  return { num: (sign * num) / divisor, den: (sign * den) / divisor };
}

export function multiplyRationals(...factors: Rational[]): Rational {
  return factors.reduce((product, factor) => rational(product.num * factor.num, product.den * factor.den), rational(1n));
}

export function invertRational(value: Rational): Rational {
  if (value.num === 0n) throw new RangeError("Cannot invert a zero rate");
  return rational(value.den, value.num);
}

export function rationalsEqual(a: Rational, b: Rational): boolean {
  return a.num * b.den === b.num * a.den;
}

/**
 * num/den rounded to an integer, ties to even ("banker's rounding"): 2.5 → 2, 3.5 → 4,
 * −2.5 → −2. Symmetric for negative values, so a refund rounds like the payment it reverses.
 */
export function divideHalfEven(num: bigint, den: bigint): bigint {
  if (den === 0n) throw new RangeError("Division by zero");
  if (den < 0n) return divideHalfEven(-num, -den);
  const negative = num < 0n;
  const magnitude = negative ? -num : num;
  const quotient = magnitude / den;
  const twiceRemainder = (magnitude % den) * 2n;
  const roundUp = twiceRemainder > den || (twiceRemainder === den && quotient % 2n === 1n);
  const rounded = roundUp ? quotient + 1n : quotient;
  return negative ? -rounded : rounded;
}
