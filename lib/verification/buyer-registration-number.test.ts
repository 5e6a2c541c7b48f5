import { describe, expect, it } from "vitest";
import { isValidRegistrationNumber, kzBinCheckDigit, normalizeRegistrationNumber, registrationNumberProblem, ruInnCheckDigit } from "./buyer-registration-number";

/** The check digit computed here from the published weights, independently of the module. */
function binCheck(first11: string): number | null {
  const d = [...first11].map(Number);
  const first = d.reduce((sum, digit, i) => sum + digit * (i + 1), 0) % 11;
  if (first !== 10) return first;
  const second = d.reduce((sum, digit, i) => sum + digit * [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2][i]!, 0) % 11;
  return second === 10 ? null : second;
}
const withBinCheck = (first11: string) => `${first11}${binCheck(first11)}`;

describe("Kazakh BIN", () => {
  it("accepts a number whose twelfth digit is the check digit", () => {
    // 0·1+4·2+0·3+3·4+4·5+0·6+0·7+0·8+1·9+2·10+3·11 = 102, 102 mod 11 = 3.
    expect(kzBinCheckDigit("04034000123")).toBe(3);
    expect(isValidRegistrationNumber("KZ", "040340001233")).toBe(true);
    for (const body of ["98011240001", "19054000567", "21124050032"]) expect(isValidRegistrationNumber("KZ", withBinCheck(body)), body).toBe(true);
  });

  it("uses the second pass of weights when the first remainder is 10", () => {
    // A single 1 in position 10: first pass 1·10 = 10, second pass 1·1 = 1.
    expect(binCheck("00000000010")).toBe(1);
    expect(kzBinCheckDigit("00000000010")).toBe(1);
    expect(isValidRegistrationNumber("KZ", "000000000101")).toBe(true);
    expect(isValidRegistrationNumber("KZ", "000000000100")).toBe(false);
  });

  it("refuses every number whose second remainder is also 10", () => {
    // The first eleven digits, counting up, until one fails both passes.
    const body = Array.from({ length: 100_000 }, (_, n) => String(n).padStart(11, "0")).find((candidate) => binCheck(candidate) === null)!;
    expect(body).toBeDefined();
    expect(kzBinCheckDigit(body)).toBeNull();
    for (let digit = 0; digit <= 9; digit += 1) expect(isValidRegistrationNumber("KZ", `${body}${digit}`)).toBe(false);
  });

  it("refuses a mistyped digit and wrong lengths", () => {
    expect(registrationNumberProblem("KZ", "040340001234")).toBe("registration_number_checksum");
    expect(registrationNumberProblem("KZ", "040340011233")).toBe("registration_number_checksum");
    expect(registrationNumberProblem("KZ", "04034000123")).toBe("registration_number_format");
    expect(registrationNumberProblem("KZ", "04034000123A")).toBe("registration_number_format");
  });
});

describe("Russian INN of a legal entity", () => {
  it("accepts a published INN and ones built with the check digit", () => {
    // Sberbank: 7·2+7·4+0·10+7·3+0·5+8·9+3·4+8·6+9·8 = 267, 267 mod 11 = 3.
    expect(ruInnCheckDigit("770708389")).toBe(3);
    expect(isValidRegistrationNumber("RU", "7707083893")).toBe(true);
    const body = "500100732";
    const check = ([...body].reduce((sum, digit, i) => sum + Number(digit) * [2, 4, 10, 3, 5, 9, 4, 6, 8][i]!, 0) % 11) % 10;
    expect(isValidRegistrationNumber("RU", `${body}${check}`)).toBe(true);
  });

  it("refuses a wrong check digit, a personal 12-digit INN and letters", () => {
    expect(registrationNumberProblem("RU", "7707083894")).toBe("registration_number_checksum");
    expect(registrationNumberProblem("RU", "770708389312")).toBe("registration_number_format");
    expect(registrationNumberProblem("RU", "77070838O3")).toBe("registration_number_format");
  });
});

describe("numbers without a check digit", () => {
  it("checks only length and digits in UZ, KG and TJ", () => {
    expect(isValidRegistrationNumber("UZ", "301234567")).toBe(true);
    expect(registrationNumberProblem("UZ", "3012345678")).toBe("registration_number_format");
    expect(isValidRegistrationNumber("KG", "01234567890123")).toBe(true);
    expect(registrationNumberProblem("KG", "0123456789012")).toBe("registration_number_format");
    expect(isValidRegistrationNumber("TJ", "020012345")).toBe(true);
    expect(registrationNumberProblem("TJ", "02001234X")).toBe("registration_number_format");
  });

  it("refuses countries it has no rule for, and normalizes how people type", () => {
    expect(registrationNumberProblem("CN", "301234567")).toBe("registration_number_country");
    expect(normalizeRegistrationNumber(" 0403 4000-1233 ")).toBe("040340001233");
  });
});
