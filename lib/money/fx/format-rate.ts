import { divideHalfEven, type Rational } from "./rational";

/** How many significant digits a rate is shown (and stored as `display`) with. */
export const rateDisplayDigits = 12;

/**
 * A decimal string of an exact rate, rounded half-even to `significantDigits` significant
 * digits, trailing zeros dropped: 1/0.0726 → "13.7741046832". For reading only — conversions
 * use the exact fraction, never this string.
 */
export function formatRate(value: Rational, significantDigits: number = rateDisplayDigits): string {
  if (value.num === 0n) return "0";
  const negative = value.num < 0n;
  const num = negative ? -value.num : value.num;
  const { den } = value;
  // Decimal exponent of the leading digit: 10^e ≤ num/den < 10^(e+1).
  let exponent: number;
  const whole = num / den;
  if (whole > 0n) exponent = whole.toString().length - 1;
  else {
    exponent = -1;
    while (num * 10n ** BigInt(-exponent) < den) exponent -= 1;
  }
  const fractionDigits = significantDigits - 1 - exponent;
  let digits: string;
  if (fractionDigits >= 0) {
    digits = divideHalfEven(num * 10n ** BigInt(fractionDigits), den).toString().padStart(fractionDigits + 1, "0");
  } else {
    const unit = 10n ** BigInt(-fractionDigits);
    digits = (divideHalfEven(num, den * unit) * unit).toString();
  }
  const places = Math.max(0, fractionDigits);
  let text = places === 0 ? digits : `${digits.slice(0, -places)}.${digits.slice(-places)}`;
  if (text.includes(".")) text = text.replace(/0+$/, "").replace(/\.$/, "");
  return negative ? `-${text}` : text;
}

/** The exact fraction as "num/den", for snapshots and logs. */
export function rationalToFraction(value: Rational): string {
  return `${value.num}/${value.den}`;
}
