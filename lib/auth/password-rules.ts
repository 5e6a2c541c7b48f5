import { z } from "zod";

/** A few of the most-used passwords in the corridor's languages and keyboards. */
const common = new Set([
  "password", "password1", "password123", "qwerty123", "qwertyuiop", "1234567890", "123456789", "12345678910",
  "1q2w3e4r5t", "iloveyou12", "йцукенгшщз", "пароль1234", "qwerty1234", "abc1234567", "karavan123", "woaini1314",
  "aa12345678", "1qaz2wsx3e", "admin12345", "letmein123",
]);

export const passwordMinLength = 10;
export const passwordMaxLength = 128;

/**
 * NIST SP 800-63B style: length and a block list rather than composition rules. Checked in
 * the sign-up form, the member form and `user:create` alike.
 */
export const passwordSchema = z
  .string({ error: "required" })
  .min(passwordMinLength, { error: "password_too_short" })
  .max(passwordMaxLength, { error: "password_too_long" })
  .refine((value) => !common.has(value.toLowerCase()), { error: "password_common" })
  .refine((value) => new Set(value).size >= 4, { error: "password_common" });

/** The password may not contain the e-mail's local part (e.g. "ivanov" in ivanov@…). */
export function passwordContainsEmail(password: string, email: string): boolean {
  const local = email.split("@")[0]?.toLowerCase() ?? "";
  return local.length >= 4 && password.toLowerCase().includes(local);
}
