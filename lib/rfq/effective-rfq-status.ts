import type { RfqStatus } from "@/lib/db/generated/enums.ts";

/**
 * An RFQ's status as of `now`: an OPEN RFQ past its expiry is EXPIRED even if no job has
 * stored that yet — expiry holds whether or not a process was running at that moment.
 */
export function effectiveRfqStatus(rfq: { status: RfqStatus; expiresAt: Date }, now = new Date()): RfqStatus {
  return rfq.status === "OPEN" && rfq.expiresAt.getTime() <= now.getTime() ? "EXPIRED" : rfq.status;
}
