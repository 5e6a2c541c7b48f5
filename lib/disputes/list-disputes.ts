import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/create-client";

/**
 * The moderators' dispute queue: undecided disputes, escalated first, then by the nearest
 * deadline; and the latest decided ones for reference.
 */
export async function listDisputes(client: Db, actor: Actor) {
  authorize(actor, "disputes:decide");
  const select = { id: true, reason: true, status: true, openedAt: true, supplierDueAt: true, decisionDueAt: true, escalatedAt: true, decision: true, decidedAt: true, refundMinor: true, order: { select: { id: true, number: true, currency: true, totalMinor: true, buyer: { select: { name: true } }, supplier: { select: { name: true } } } } } as const;
  const [open, decided] = await Promise.all([
    client.dispute.findMany({ where: { status: { not: "DECIDED" } }, orderBy: [{ escalatedAt: { sort: "asc", nulls: "last" } }, { decisionDueAt: "asc" }], select, take: 200 }),
    client.dispute.findMany({ where: { status: "DECIDED" }, orderBy: { decidedAt: "desc" }, select, take: 20 }),
  ]);
  return { open, decided };
}

export type DisputeQueue = Awaited<ReturnType<typeof listDisputes>>;
