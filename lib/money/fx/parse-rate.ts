import { rational, type Rational } from "./rational";

/** Digits a stored rate may have on each side of the point. */
export const rateDigits = { integer: 12, fraction: 12 } as const;

const ratePattern = new RegExp(`^(\\d{1,${rateDigits.integer}})(?:\\.(\\d{1,${rateDigits.fraction}}))?$`);

/**
 * A rate as finance writes it ("489.15", "0.0726") in its canonical form: no leading zeros,
 * no trailing fraction zeros ("007.100" → "7.1"). Null unless it is a plain decimal with a
 * dot, at most 12 digits on each side, and greater than zero — no signs, exponents, commas.
 */
export function normalizeRate(text: string): string | null {
  const match = ratePattern.exec(text.trim());
  if (!match) return null;
  const integer = match[1]!.replace(/^0+(?=\d)/, "");
  const fraction = (match[2] ?? "").replace(/0+$/, "");
  if (/^0*$/.test(integer + fraction)) return null;
  return fraction ? `${integer}.${fraction}` : integer;
}

/** "0.0726" → 363/5000, exactly. Null for anything `normalizeRate` refuses. */
export function parseRate(text: string): Rational | null {
  const normalized = normalizeRate(text);
  if (normalized === null) return null;
  const [integer, fraction = ""] = normalized.split(".");
  return rational(BigInt(`${integer}${fraction}`), 10n ** BigInt(fraction.length));
}

/** For callers that hold a rate already validated (stored rows, snapshots): throws when it is not. */
export function parseRateOrThrow(text: string): Rational {
  const parsed = parseRate(text);
  if (!parsed) throw new RangeError(`Not a valid FX rate: ${JSON.stringify(text)}`);
  return parsed;
}
