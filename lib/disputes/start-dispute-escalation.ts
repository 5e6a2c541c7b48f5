import "server-only";
import { db } from "@/lib/db/client";
import { escalateDisputes } from "./escalate-disputes";

/** Once per process: escalates overdue disputes at boot and every five minutes. */
export function startDisputeEscalation(): void {
  const globalForJob = globalThis as unknown as { karavanDisputeEscalation?: NodeJS.Timeout };
  if (globalForJob.karavanDisputeEscalation) return;
  const run = () =>
    escalateDisputes(db()).catch((error: unknown) => {
      console.error("[disputes] escalation run failed", error);
    });
  void run();
  globalForJob.karavanDisputeEscalation = setInterval(run, 5 * 60_000);
  globalForJob.karavanDisputeEscalation.unref();
}
