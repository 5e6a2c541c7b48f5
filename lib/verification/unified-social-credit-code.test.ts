import { describe, expect, it } from "vitest";
import { creditCodeAlphabet, creditCodeCheckCharacter, isValidCreditCode, normalizeCreditCode } from "./unified-social-credit-code";

// Printed on real business licences; each also passes the organization-code check (GB 11714)
// embedded in characters 9–17, an independent sign that they were copied correctly.
const realCodes = ["91350100M000100Y43", "91110000802100433B", "914403001922038216", "9144030071526726XG", "91330100716105852F"];

describe("unified social credit code (GB 32100-2015)", () => {
  it("accepts codes printed on real business licences", () => {
    for (const code of realCodes) expect(isValidCreditCode(code), code).toBe(true);
  });

  it("refuses a code whose check character does not match", () => {
    expect(isValidCreditCode("91350100M000100Y44")).toBe(false);
    expect(isValidCreditCode("91110000802100433A")).toBe(false);
    // One character mistyped in the body.
    expect(isValidCreditCode("91350100M000100Y53")).toBe(false);
  });

  it("refuses wrong lengths and the letters I, O, S, V and Z", () => {
    expect(isValidCreditCode("")).toBe(false);
    expect(isValidCreditCode("91350100M000100Y4")).toBe(false);
    expect(isValidCreditCode("91350100M000100Y433")).toBe(false);
    for (const letter of ["I", "O", "S", "V", "Z"]) expect(isValidCreditCode(`9135010${letter}M000100Y43`)).toBe(false);
    expect(isValidCreditCode("91350100m000100y43")).toBe(false);
  });

  it("writes a remainder of 0 as the check character 0", () => {
    // Σ for seventeen zeros is 0, so the check is 31 − 0 = 31, written as 0.
    expect(creditCodeCheckCharacter("00000000000000000")).toBe("0");
    expect(isValidCreditCode("000000000000000000")).toBe(true);
    expect(creditCodeCheckCharacter("0000000000000000I")).toBeNull();
  });

  it("gives every first 17 characters exactly one valid check character", () => {
    const body = "91330100716105852";
    const valid = [...creditCodeAlphabet].filter((check) => isValidCreditCode(body + check));
    expect(valid).toHaveLength(1);
  });

  it("normalizes how people type it", () => {
    expect(normalizeCreditCode(" 9135 0100-m000 100y43 ")).toBe("91350100M000100Y43");
  });
});
