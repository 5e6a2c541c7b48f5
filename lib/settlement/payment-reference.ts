import { randomInt } from "node:crypto";

/**
 * Payment references that survive being typed into a bank form: KRV-7K3M-9QX2-4. Crockford's
 * base-32 alphabet (no I, L, O, U), a check character, and a reader that finds the reference
 * in whatever the bank passed on — lower case, spaces or dashes lost, O typed for 0, Cyrillic
 * look-alike letters (К, Р, В…) from a Russian keyboard, words around it.
 */
const alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const prefix = "KRV";
const bodyLength = 8;
/** The prefix as it arrives after a Russian keyboard: Р and В read as look-alikes (P, B) or as sounds (R, V). */
const prefixVariants = ["KRV", "KPB", "KRB", "KPV"];
/** Prime modulus: a single mistyped character always changes the check (except 0↔Z, 31 apart). */
const checkModulus = 31;

function checkCharacter(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i += 1) sum += alphabet.indexOf(body[i]!) * (i + 1);
  return alphabet[sum % checkModulus]!;
}

function format(body: string): string {
  return `${prefix}-${body.slice(0, 4)}-${body.slice(4)}-${checkCharacter(body)}`;
}

export function generatePaymentReference(): string {
  let body = "";
  for (let i = 0; i < bodyLength; i += 1) body += alphabet[randomInt(alphabet.length)];
  return format(body);
}

const cyrillicLookAlikes: Record<string, string> = { А: "A", В: "B", Е: "E", К: "K", М: "M", Н: "H", О: "O", Р: "P", С: "C", Т: "T", Х: "X", У: "Y", З: "3" };

/** Upper case, Cyrillic look-alikes to Latin, Crockford's O→0 and I/L→1, nothing but [0-9A-Z]. */
function normalize(text: string): string {
  return [...text.toUpperCase()]
    .map((char) => cyrillicLookAlikes[char] ?? char)
    .join("")
    .replace(/[^0-9A-Z]/g, "");
}

function crockford(text: string): string {
  return text.replace(/O/g, "0").replace(/[IL]/g, "1");
}

/**
 * The first valid payment reference in free text, in its canonical form, or null. A candidate
 * counts only when its check character matches, so unrelated words are not taken for one.
 */
export function findPaymentReference(text: string): string | null {
  const compact = normalize(text);
  for (let start = 0; start + prefix.length + bodyLength < compact.length; start += 1) {
    if (!prefixVariants.includes(compact.slice(start, start + prefix.length))) continue;
    const candidate = crockford(compact.slice(start + prefix.length, start + prefix.length + bodyLength + 1));
    if (/U/.test(candidate)) continue;
    const body = candidate.slice(0, bodyLength);
    if (checkCharacter(body) === candidate[bodyLength]) return format(body);
  }
  return null;
}
