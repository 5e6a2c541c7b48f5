import type { Db } from "@/lib/db/create-client";

export type ThrottleLimits = { perAccount: number; perIp: number; windowMinutes: number };
export type ThrottleState = { throttled: false } | { throttled: true; retryAfterSeconds: number };

/**
 * Sign-in throttling kept in the database, so it holds across restarts and across several
 * app instances. A window of N minutes: once an account (or an IP) has `limit` failures in
 * it, further attempts are refused until the oldest of those failures ages out.
 */
export async function checkThrottle(client: Db, email: string, ip: string, limits: ThrottleLimits): Promise<ThrottleState> {
  const since = new Date(Date.now() - limits.windowMinutes * 60_000);
  const [byAccount, byIp] = await Promise.all([
    client.signInFailure.findMany({ where: { email, createdAt: { gte: since } }, orderBy: { createdAt: "desc" }, take: limits.perAccount, select: { createdAt: true } }),
    client.signInFailure.findMany({ where: { ip, createdAt: { gte: since } }, orderBy: { createdAt: "desc" }, take: limits.perIp, select: { createdAt: true } }),
  ]);
  const blockingFailure = [byAccount.length >= limits.perAccount ? byAccount.at(-1) : undefined, byIp.length >= limits.perIp ? byIp.at(-1) : undefined]
    .filter((f): f is { createdAt: Date } => Boolean(f))
    .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())[0];
  if (!blockingFailure) return { throttled: false };
  const unblockAt = blockingFailure.createdAt.getTime() + limits.windowMinutes * 60_000;
  return { throttled: true, retryAfterSeconds: Math.max(1, Math.ceil((unblockAt - Date.now()) / 1000)) };
}

export async function recordSignInFailure(client: Db, email: string, ip: string): Promise<void> {
  await client.signInFailure.create({ data: { email, ip } });
}

/** A successful sign-in forgives the account's failures (not the IP's). */
export async function clearAccountFailures(client: Db, email: string): Promise<void> {
  await client.signInFailure.deleteMany({ where: { email } });
}
