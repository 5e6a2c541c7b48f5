import type { CurrencyCode } from "./currencies";

/** An amount of integer minor units in one currency; the two never travel apart. */
export type Money = { readonly minor: bigint; readonly currency: CurrencyCode };

/**
 * Amounts in different currencies cannot be added without a rate, and silently adding them is
 * the classic money bug, so it fails loudly and names both codes.
 */
function assertSameCurrency(a: CurrencyCode, b: CurrencyCode): void {
  if (a !== b) throw new RangeError(`Cannot combine money in ${a} with money in ${b} without converting`);
}

/** a + b; throws RangeError when the currencies differ. */
export function addMoney(a: Money, b: Money): Money {
  assertSameCurrency(a.currency, b.currency);
  return { minor: a.minor + b.minor, currency: a.currency };
}

/** a − b; throws RangeError when the currencies differ. */
export function subtractMoney(a: Money, b: Money): Money {
  assertSameCurrency(a.currency, b.currency);
  return { minor: a.minor - b.minor, currency: a.currency };
}

/**
 * The total of `items` in `currency`. The currency is passed in, not taken from the first item,
 * so an empty list still has a currency (zero) and a list of the wrong currency is an error.
 */
export function sumMoney(currency: CurrencyCode, items: Iterable<Money>): Money {
  let minor = 0n;
  for (const item of items) {
    assertSameCurrency(currency, item.currency);
    minor += item.minor;
  }
  return { minor, currency };
}

/** −m, e.g. the refund of a charge. */
export function negateMoney(m: Money): Money {
  return { minor: -m.minor, currency: m.currency };
}

/** Zero in any currency. */
export function isZeroMoney(m: Money): boolean {
  return m.minor === 0n;
}
