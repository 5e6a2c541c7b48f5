import { currencyExponent, type CurrencyCode } from "@/lib/money/currencies";
import { parseRateOrThrow } from "./parse-rate";
import { divideHalfEven, type Rational } from "./rational";

/**
 * The core of every conversion, on exponents rather than codes: amount (minor units of a
 * currency with `fromExponent` decimals) × rate (target per source, in major units) → minor
 * units of the target, rounded once, half-even.
 */
export function convertMinorWithExponents(amountMinor: bigint, fromExponent: number, toExponent: number, rate: Rational): bigint {
  // amount/10^from × rate × 10^to, as one fraction.
  const scale = toExponent - fromExponent;
  const num = amountMinor * rate.num * (scale > 0 ? 10n ** BigInt(scale) : 1n);
  const den = rate.den * (scale < 0 ? 10n ** BigInt(-scale) : 1n);
  return divideHalfEven(num, den);
}

/**
 * Converts an amount in minor units of `from` into minor units of `to` at `rate` (units of
 * `to` per one unit of `from`; a decimal string such as "0.0726" or an exact Rational from
 * an inverse or cross rate). Rounds exactly once, half-even, to the minor unit of `to`; the
 * exponents come from the currency table.
 */
export function convertMinor(amountMinor: bigint, from: CurrencyCode, to: CurrencyCode, rate: Rational | string): bigint {
  const exact = typeof rate === "string" ? parseRateOrThrow(rate) : rate;
  return convertMinorWithExponents(amountMinor, currencyExponent[from], currencyExponent[to], exact);
}
