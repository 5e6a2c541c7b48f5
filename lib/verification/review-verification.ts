import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/permissions";
import { auditActorOf, recordAudit } from "@/lib/audit/record-audit";
import type { Db } from "@/lib/db/create-client";
import type { VerificationRequestStatus, VerificationStatus } from "@/lib/db/generated/enums.ts";
import { env } from "@/lib/env/env";
import { AppError } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/errors/validation";
import { isUuid } from "@/lib/ids/is-uuid";
import { notify } from "@/lib/notify/notify";
import { verificationDecisionSchema, type VerificationDecision } from "./verification-input";

const dayMs = 86_400_000;

const outcome = {
  approve: { status: "APPROVED", action: "verification.approved", notice: "verification.approved" },
  reject: { status: "REJECTED", action: "verification.rejected", notice: "verification.rejected" },
  request_more_info: { status: "MORE_INFO_REQUESTED", action: "verification.more_info_requested", notice: "verification.more_info_requested" },
} as const satisfies Record<VerificationDecision["decision"], { status: VerificationRequestStatus; action: string; notice: string }>;

export type ReviewVerificationOptions = { ip?: string; now?: Date; /** Defaults to VERIFICATION_VALID_DAYS. */ validDays?: number };

/**
 * A moderator decides on a waiting request. Approving makes the supplier VERIFIED until
 * VERIFICATION_VALID_DAYS from now, with the checks done shown by its badge. Rejecting, or
 * asking for more documents, records a reason from the fixed list and the moderator's note;
 * the supplier then submits a new request. A supplier still verified from an earlier approval
 * (a renewal) stays verified until that approval expires. Only a SUBMITTED request can be
 * decided: of two moderators deciding at once, the second gets a CONFLICT and changes nothing.
 */
export async function reviewVerification(client: Db, actor: Actor, requestId: string, rawDecision: unknown, options: ReviewVerificationOptions = {}) {
  authorize(actor, "verification:review");
  if (!isUuid(requestId)) throw new AppError("NOT_FOUND", "Verification request not found");
  const decision = parseInput(verificationDecisionSchema, rawDecision);
  const now = options.now ?? new Date();
  return client.$transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "VerificationRequest" WHERE id = ${requestId}::uuid FOR UPDATE`;
    if (!locked.length) throw new AppError("NOT_FOUND", "Verification request not found");
    const request = await tx.verificationRequest.findUniqueOrThrow({
      where: { id: requestId },
      select: { id: true, status: true, organizationId: true, organization: { select: { name: true, type: true, verificationStatus: true, verificationExpiresAt: true } } },
    });
    if (request.status !== "SUBMITTED") throw new AppError("CONFLICT", `Request is ${request.status}`, { messageKey: "verification:errors.already_decided" });

    const { status, action, notice } = outcome[decision.decision];
    const note = decision.note ?? null;
    const organization = request.organization;
    const stillVerified = organization.verificationStatus === "VERIFIED" && (!organization.verificationExpiresAt || organization.verificationExpiresAt > now);
    let organizationStatus: VerificationStatus;
    let expiresAt: Date | null = null;
    let detail: Record<string, string | string[]>;
    if (decision.decision === "approve") {
      organizationStatus = "VERIFIED";
      expiresAt = new Date(now.getTime() + (options.validDays ?? env().VERIFICATION_VALID_DAYS) * dayMs);
      await tx.verificationRequest.update({ where: { id: requestId }, data: { status, decidedById: actor.userId, decidedAt: now, checks: decision.checks, reasonCode: null, reasonNote: note }, select: { id: true } });
      await tx.organization.update({
        where: { id: request.organizationId },
        data: { verificationStatus: organizationStatus, verifiedAt: now, verificationExpiresAt: expiresAt, verificationChecks: decision.checks, verificationReminderAt: null },
        select: { id: true },
      });
      detail = { checks: decision.checks, expiresAt: expiresAt.toISOString() };
    } else {
      organizationStatus = stillVerified ? "VERIFIED" : decision.decision === "reject" ? "REJECTED" : "PENDING";
      await tx.verificationRequest.update({ where: { id: requestId }, data: { status, decidedById: actor.userId, decidedAt: now, reasonCode: decision.reasonCode, reasonNote: note }, select: { id: true } });
      if (organizationStatus !== organization.verificationStatus) await tx.organization.update({ where: { id: request.organizationId }, data: { verificationStatus: organizationStatus }, select: { id: true } });
      detail = { reasonCode: decision.reasonCode };
    }

    await recordAudit(tx, {
      actor: auditActorOf(actor),
      action,
      targetType: "VerificationRequest",
      targetId: requestId,
      organizationId: request.organizationId,
      data: { organizationStatus, ...detail, ...(note ? { note } : {}) },
      ip: options.ip,
    });
    const buyer = organization.type === "BUYER";
    // A buyer's approval speaks of orders, not of listings and quotes.
    await notify(tx, { type: buyer && notice === "verification.approved" ? "verification.buyer_approved" : notice, data: { companyName: organization.name }, link: buyer ? "/buyer/verification" : "/supplier/verification", to: { organizationId: request.organizationId, roles: [buyer ? "buyer_admin" : "supplier_admin"] } });
    return { id: requestId, status, organizationStatus, expiresAt };
  });
}
