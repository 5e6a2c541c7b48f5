/**
 * The national registration number a buyer company gives for verification, checked by its
 * country before a moderator sees it. Where the number carries a check digit (KZ BIN, RU INN)
 * a typo almost always breaks it; elsewhere only the length and digits are checked.
 */
export const buyerRegistrationCountries = ["KZ", "UZ", "KG", "TJ", "RU"] as const;
export type BuyerRegistrationCountry = (typeof buyerRegistrationCountries)[number];

/** Digits per country: KZ BIN, UZ INN (STIR), KG INN, TJ INN (RMA), RU INN of a legal entity. */
export const registrationNumberLength: Record<BuyerRegistrationCountry, number> = { KZ: 12, UZ: 9, KG: 14, TJ: 9, RU: 10 };

export function isBuyerRegistrationCountry(country: string): country is BuyerRegistrationCountry {
  return (buyerRegistrationCountries as readonly string[]).includes(country);
}

/** How people type it — with spaces or dashes — reduced to the digits. */
export function normalizeRegistrationNumber(input: string): string {
  return input.replace(/[\s\-–—]/g, "");
}

const digitsOf = (value: string) => [...value].map(Number);
const weighted = (digits: number[], weights: readonly number[]) => weights.reduce((sum, weight, i) => sum + weight * digits[i]!, 0);

const binFirstWeights = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11] as const;
const binSecondWeights = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2] as const;

/**
 * The check digit of a Kazakh BIN/IIN over its first 11 digits: Σ dᵢ·i mod 11; a remainder of
 * 10 gets a second pass with shifted weights, and a second 10 means no number may end that way.
 */
export function kzBinCheckDigit(first11: string): number | null {
  if (!/^\d{11}$/.test(first11)) return null;
  const digits = digitsOf(first11);
  const first = weighted(digits, binFirstWeights) % 11;
  if (first !== 10) return first;
  const second = weighted(digits, binSecondWeights) % 11;
  return second === 10 ? null : second;
}

const innWeights = [2, 4, 10, 3, 5, 9, 4, 6, 8] as const;

/** The check digit of a Russian legal entity's 10-digit INN: Σ dᵢ·wᵢ mod 11 mod 10. */
export function ruInnCheckDigit(first9: string): number | null {
  if (!/^\d{9}$/.test(first9)) return null;
  return (weighted(digitsOf(first9), innWeights) % 11) % 10;
}

export type RegistrationNumberProblem = "registration_number_country" | "registration_number_format" | "registration_number_checksum";

/** What is wrong with a (normalized) number for the country, or null when it passes. */
export function registrationNumberProblem(country: string, number: string): RegistrationNumberProblem | null {
  if (!isBuyerRegistrationCountry(country)) return "registration_number_country";
  const length = registrationNumberLength[country];
  if (number.length !== length || !/^\d+$/.test(number)) return "registration_number_format";
  const check = country === "KZ" ? kzBinCheckDigit(number.slice(0, 11)) : country === "RU" ? ruInnCheckDigit(number.slice(0, 9)) : undefined;
  if (check !== undefined && check !== Number(number[length - 1])) return "registration_number_checksum";
  return null;
}

export function isValidRegistrationNumber(country: string, number: string): boolean {
  return registrationNumberProblem(country, number) === null;
}
