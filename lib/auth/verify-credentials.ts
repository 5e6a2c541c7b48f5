import type { Db } from "@/lib/db/create-client";
import { checkThrottle, clearAccountFailures, recordSignInFailure, type ThrottleLimits } from "./throttle";
import { timingDummyHash, verifyPassword } from "./password";

export type CredentialsResult =
  | { ok: true; userId: string }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "throttled"; retryAfterSeconds: number };

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * Checks an e-mail and password. Unknown e-mails, wrong passwords and disabled accounts all
 * answer "invalid" after the same argon2 work, so the answer does not reveal who has an
 * account. Throttling is checked first and counts every failure.
 */
export async function verifyCredentials(
  client: Db,
  input: { email: string; password: string; ip: string },
  limits: ThrottleLimits,
): Promise<CredentialsResult> {
  const email = normalizeEmail(input.email);
  const throttle = await checkThrottle(client, email, input.ip, limits);
  if (throttle.throttled) return { ok: false, reason: "throttled", retryAfterSeconds: throttle.retryAfterSeconds };

  const user = await client.user.findUnique({
    where: { email },
    select: { id: true, passwordHash: true, disabledAt: true },
  });
  const passwordOk = await verifyPassword(user?.passwordHash ?? (await timingDummyHash()), input.password);
  if (!user || !passwordOk || user.disabledAt) {
    await recordSignInFailure(client, email, input.ip);
    return { ok: false, reason: "invalid" };
  }
  await clearAccountFailures(client, email);
  return { ok: true, userId: user.id };
}
