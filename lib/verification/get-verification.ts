import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/create-client";
import { AppError } from "@/lib/errors/app-error";
import { isUuid } from "@/lib/ids/is-uuid";
import { toVerificationRequestView, verificationRequestSelect } from "./verification-request-view";

const notFound = () => new AppError("NOT_FOUND", "Verification request not found");

/**
 * One request with its documents, for the moderators deciding on it and for the supplier's own
 * admins. Anyone else — another company, the supplier's other members, finance staff — gets
 * NOT_FOUND, the same as for an unknown ID, so request IDs are never confirmed. Moderators also
 * get the supplier's earlier requests, who submitted and decided, and whether another company
 * has submitted the same credit code (one licence, two accounts).
 */
export async function getVerificationRequest(client: Db, actor: Actor, requestId: string) {
  if (!isUuid(requestId)) throw notFound();
  const row = await client.verificationRequest.findUnique({
    where: { id: requestId },
    select: { ...verificationRequestSelect, organization: { select: { id: true, type: true, name: true, legalName: true, city: true, country: true, verificationStatus: true, verifiedAt: true, verificationExpiresAt: true, createdAt: true } } },
  });
  if (!row) throw notFound();
  const reviewer = can(actor, "verification:review");
  if (!reviewer && !can(actor, "verification:submit", { organizationId: row.organizationId })) throw notFound();
  const request = { ...toVerificationRequestView(row), organization: row.organization };
  if (!reviewer) return { request, review: null };

  const [history, sameCode] = await Promise.all([
    client.verificationRequest.findMany({
      where: { organizationId: row.organizationId, id: { not: row.id } },
      orderBy: { submittedAt: "desc" },
      take: 20,
      select: { id: true, status: true, submittedAt: true, decidedAt: true, reasonCode: true, reasonNote: true },
    }),
    client.organization.findMany({
      where: { id: { not: row.organizationId }, verificationRequests: { some: { creditCode: row.creditCode } } },
      select: { id: true, name: true, verificationStatus: true },
      take: 10,
    }),
  ]);
  const people = await client.user.findMany({ where: { id: { in: [row.submittedById, ...(row.decidedById ? [row.decidedById] : [])] } }, select: { id: true, name: true, email: true } });
  const person = (id: string | null) => people.find((user) => user.id === id) ?? null;
  return { request, review: { history, sameCode, submittedBy: person(row.submittedById), decidedBy: person(row.decidedById) } };
}
