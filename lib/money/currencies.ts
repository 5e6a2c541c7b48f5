/**
 * ISO 4217 currencies traded on the corridor and their minor-unit exponents. Amounts are
 * integer minor units (BigInt) of one of these; the exponent comes from this table, never a
 * literal 2, so a currency with another exponent can be added in one place.
 */
export const currencyExponent = {
  CNY: 2,
  USD: 2,
  EUR: 2,
  RUB: 2,
  KZT: 2,
  UZS: 2,
  KGS: 2,
  TJS: 2,
} as const;

export type CurrencyCode = keyof typeof currencyExponent;
export const currencyCodes = Object.keys(currencyExponent) as CurrencyCode[];

export function isCurrencyCode(value: unknown): value is CurrencyCode {
  return typeof value === "string" && value in currencyExponent;
}

/**
 * A currency column read back from the database as a code. Rows are only written with known
 * codes, so anything else is corruption and throws rather than being shown as money.
 */
export function toCurrencyCode(code: string): CurrencyCode {
  if (!isCurrencyCode(code)) throw new RangeError(`Unsupported currency ${code}`);
  return code;
}
