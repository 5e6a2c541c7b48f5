import "server-only";
import { db } from "@/lib/db/client";
import { expireVerifications } from "./expire-verifications";

const everyMs = 15 * 60_000;

/**
 * Once per process: sends expiry reminders and ends lapsed verifications at boot and every
 * quarter of an hour. Several instances may run it at once; each supplier is handled under a
 * lock, so nobody is reminded or expired twice.
 */
export function startVerificationExpiry(): void {
  const globalForExpiry = globalThis as unknown as { karavanVerificationExpiry?: NodeJS.Timeout };
  if (globalForExpiry.karavanVerificationExpiry) return;
  const run = () =>
    expireVerifications(db()).catch((error: unknown) => {
      console.error("[verification] expiry run failed", error);
    });
  void run();
  globalForExpiry.karavanVerificationExpiry = setInterval(run, everyMs);
  globalForExpiry.karavanVerificationExpiry.unref();
}
