/**
 * The unified social credit code (统一社会信用代码) of GB 32100-2015: 18 characters from a
 * 31-character alphabet without I, O, S, V and Z (too easily read as 1, 0, 5, U and 2), the
 * last one a check character over the first 17. It is printed on every Chinese business
 * licence; a typo almost always breaks the check, so it is caught before a moderator sees it.
 */
export const creditCodeAlphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

export const creditCodePattern = /^[0-9A-HJ-NPQRTUWXY]{18}$/;

/** How people type it — with spaces, dashes, lower case — reduced to the 18 characters. */
export function normalizeCreditCode(input: string): string {
  return input.replace(/[\s\-–—]/g, "").toUpperCase();
}

/** The check character for the first 17 characters, or null when one is outside the alphabet. */
export function creditCodeCheckCharacter(first17: string): string | null {
  if (first17.length !== 17) return null;
  let sum = 0;
  for (let i = 0; i < 17; i += 1) {
    const value = creditCodeAlphabet.indexOf(first17[i]!);
    if (value < 0) return null;
    sum += value * weights[i]!;
  }
  // 31 − (Σ mod 31), where a remainder of 0 gives 31, written as "0".
  return creditCodeAlphabet[(31 - (sum % 31)) % 31]!;
}

/** Whether `code` (already normalized) is 18 characters of the alphabet with a matching check character. */
export function isValidCreditCode(code: string): boolean {
  if (!creditCodePattern.test(code)) return false;
  return creditCodeCheckCharacter(code.slice(0, 17)) === code[17];
}
