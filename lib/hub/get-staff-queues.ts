import type { Actor } from "@/lib/auth/actor";
import { authorize, can } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/create-client";
import { listMonitoringFlags } from "@/lib/monitoring/list-monitoring-flags";

export type StaffQueueKey = "verification" | "listings" | "flags" | "disputes" | "reviews";

/** One work queue: how much waits and since when (null when empty). */
export type StaffQueue = { key: StaffQueueKey; count: number; oldestAt: Date | null };

/**
 * The queues the staff member can work, each with its size and the age of its oldest item:
 * verification requests waiting for a decision, listings in review, deal-monitoring flags
 * (default window), undecided disputes and reviews waiting for moderation. A queue the actor
 * may not open is left out rather than shown with a link to a 403.
 */
export async function getStaffQueues(client: Db, actor: Actor, now = new Date()): Promise<StaffQueue[]> {
  authorize(actor, "page:hub");
  const queue = (key: StaffQueueKey, count: number, oldestAt: Date | null | undefined): StaffQueue => ({ key, count, oldestAt: count > 0 ? (oldestAt ?? null) : null });
  const pending: Promise<StaffQueue>[] = [];
  if (can(actor, "verification:review")) {
    pending.push(client.verificationRequest.aggregate({ where: { status: "SUBMITTED" }, _count: { _all: true }, _min: { submittedAt: true } }).then((row) => queue("verification", row._count._all, row._min.submittedAt)));
  }
  if (can(actor, "listings:review")) {
    pending.push(client.listing.aggregate({ where: { status: "PENDING_REVIEW" }, _count: { _all: true }, _min: { submittedAt: true } }).then((row) => queue("listings", row._count._all, row._min.submittedAt)));
  }
  if (can(actor, "disputes:decide")) {
    pending.push(listMonitoringFlags(client, actor, { now }).then((flags) => queue("flags", flags.total, flags.oldestAt)));
    pending.push(client.dispute.aggregate({ where: { status: { not: "DECIDED" } }, _count: { _all: true }, _min: { openedAt: true } }).then((row) => queue("disputes", row._count._all, row._min.openedAt)));
  }
  if (can(actor, "reviews:moderate")) {
    pending.push(client.orderReview.aggregate({ where: { status: "PENDING" }, _count: { _all: true }, _min: { createdAt: true } }).then((row) => queue("reviews", row._count._all, row._min.createdAt)));
  }
  return Promise.all(pending);
}
