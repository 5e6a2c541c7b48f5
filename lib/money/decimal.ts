import { currencyExponent, type CurrencyCode } from "./currencies";

/**
 * "1234.5" → 123450n for a 2-decimal currency. Exact (no float), and strict: more fraction
 * digits than the currency has is an error, not a silent rounding.
 */
export function decimalToMinor(decimal: string, currency: CurrencyCode): bigint | null {
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(decimal.trim());
  if (!match) return null;
  const [, sign, whole = "0", fraction = ""] = match;
  const exponent: number = currencyExponent[currency];
  if (fraction.length > exponent) return null;
  const minor = BigInt(whole + fraction.padEnd(exponent, "0"));
  return sign ? -minor : minor;
}

/** 123450n → "1234.50": the lossless JSON form of money ({ "amount": "1234.50", "currency": "KZT" }). */
export function minorToDecimal(minor: bigint, currency: CurrencyCode): string {
  const exponent: number = currencyExponent[currency];
  const negative = minor < 0n;
  const digits = (negative ? -minor : minor).toString().padStart(exponent + 1, "0");
  const text = exponent === 0 ? digits : `${digits.slice(0, -exponent)}.${digits.slice(-exponent)}`;
  return negative ? `-${text}` : text;
}
