import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/create-client";
import { reviewSlaHours } from "./verification-rules";

const pageSize = 25;

/**
 * Requests waiting for a decision — suppliers' and buyers' alike — oldest first (first in, first decided), each with how long
 * it has waited and whether that is past the review SLA. Deliberately unscoped across
 * suppliers: the `verification:review` check, which only moderators and hub admins pass,
 * comes first.
 */
export async function listVerificationQueue(client: Db, actor: Actor, page = 1, now = new Date()) {
  authorize(actor, "verification:review");
  const where = { status: "SUBMITTED" as const };
  const [total, overdue, rows] = await Promise.all([
    client.verificationRequest.count({ where }),
    client.verificationRequest.count({ where: { ...where, submittedAt: { lt: new Date(now.getTime() - reviewSlaHours * 3_600_000) } } }),
    client.verificationRequest.findMany({
      where,
      orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
      skip: (Math.max(1, page) - 1) * pageSize,
      take: pageSize,
      select: {
        id: true,
        submittedAt: true,
        creditCode: true,
        organization: { select: { id: true, type: true, name: true, legalName: true, city: true, verificationStatus: true, verificationExpiresAt: true } },
        _count: { select: { documents: true } },
      },
    }),
  ]);
  const requests = rows.map((row) => {
    const waitedHours = Math.max(0, (now.getTime() - row.submittedAt.getTime()) / 3_600_000);
    return { ...row, documentCount: row._count.documents, renewal: row.organization.verificationStatus === "VERIFIED", waitedHours, overdue: waitedHours > reviewSlaHours };
  });
  return { total, overdue, pages: Math.max(1, Math.ceil(total / pageSize)), slaHours: reviewSlaHours, requests };
}
