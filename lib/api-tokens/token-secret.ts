import { createHash, randomBytes } from "node:crypto";

const tokenPrefix = "krv_";

/** 256 random bits; the `krv_` prefix lets secret scanners recognise a leaked token. */
export function generateTokenSecret(): string {
  return tokenPrefix + randomBytes(32).toString("base64url");
}

/**
 * SHA-256 is enough for a 256-bit random secret (no dictionary to guess from) and keeps the
 * per-request lookup a single indexed equality, unlike a salted slow hash.
 */
export function hashTokenSecret(secret: string): string {
  return createHash("sha256").update(secret, "utf8").digest("hex");
}

export function looksLikeToken(value: string): boolean {
  return value.startsWith(tokenPrefix) && value.length === tokenPrefix.length + 43;
}

/** What people see in lists: enough to tell tokens apart, useless to an attacker. */
export function displayPrefix(secret: string): string {
  return secret.slice(0, tokenPrefix.length + 6);
}
