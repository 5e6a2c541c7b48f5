import { decimalToMinor } from "@/lib/money/decimal";
import type { CurrencyCode } from "@/lib/money/currencies";

/**
 * The unit price that applies to a quantity: the offer's base price, or the price of the
 * highest quantity break the quantity reaches.
 */
export function priceForQuantity(base: bigint, currency: CurrencyCode, breaks: unknown, quantity: number): bigint {
  let price = base;
  for (const step of Array.isArray(breaks) ? (breaks as { minQty: number; unitPrice: string }[]) : []) {
    const minor = decimalToMinor(String(step.unitPrice), currency);
    if (quantity >= step.minQty && minor !== null) price = minor;
  }
  return price;
}
