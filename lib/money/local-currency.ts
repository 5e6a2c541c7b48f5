import type { CurrencyCode } from "./currencies";

/** The national currency of each country on the buyer side of the corridor. */
export const localCurrencyByCountry: Record<string, CurrencyCode> = {
  KZ: "KZT",
  UZ: "UZS",
  KG: "KGS",
  TJ: "TJS",
  RU: "RUB",
  CN: "CNY",
};

export function localCurrency(country: string): CurrencyCode {
  return localCurrencyByCountry[country] ?? "USD";
}
