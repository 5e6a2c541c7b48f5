import "server-only";
import { db } from "@/lib/db/client";
import { expireRfqs } from "./expire-rfqs";

const everyMs = 60_000;

/**
 * Once per process: stores the expiry of RFQs whose time has passed (and tells their buyers)
 * at boot and every minute. Pages and the API never depend on it — they read the effective
 * status — so a stopped process only delays the notices, never the expiry itself.
 */
export function startRfqExpiry(): void {
  const globalForExpiry = globalThis as unknown as { karavanRfqExpiry?: NodeJS.Timeout };
  if (globalForExpiry.karavanRfqExpiry) return;
  const run = () =>
    expireRfqs(db()).catch((error: unknown) => {
      console.error("[rfq] expiry run failed", error);
    });
  void run();
  globalForExpiry.karavanRfqExpiry = setInterval(run, everyMs);
  globalForExpiry.karavanRfqExpiry.unref();
}
