import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/permissions";
import { auditActorOf, recordAudit } from "@/lib/audit/record-audit";
import type { Db } from "@/lib/db/create-client";
import type { VerificationRequestStatus } from "@/lib/db/generated/enums.ts";
import { AppError } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/errors/validation";
import { notify } from "@/lib/notify/notify";
import { claimVerificationDocuments } from "./claim-verification-documents";
import { buyerVerificationInputSchema, verificationInputSchema } from "./verification-input";
import { verificationReviewerIds } from "./verification-reviewers";

/**
 * A supplier's or buyer's admin submits the company's documents for verification; a buyer's
 * registration number is checked by the rules of its country (the actor's organization, read
 * fresh from the database on every request). One request waits at a
 * time: the organization row is locked, so two submissions at once cannot both pass the check.
 * The organization is PENDING until a moderator decides — unless it is VERIFIED already (a
 * renewal), which keeps it publishing and quoting while the new documents are checked.
 * Hub moderators are told; the request waits in their queue, oldest first.
 */
export async function submitVerification(client: Db, actor: Actor, rawInput: unknown, context: { ip?: string } = {}): Promise<{ id: string; status: VerificationRequestStatus }> {
  const organizationId = actor.organization.id;
  authorize(actor, "verification:submit", { organizationId });
  const schema = actor.organization.type === "BUYER" ? buyerVerificationInputSchema(actor.organization.country) : verificationInputSchema;
  const input = parseInput(schema, rawInput);
  return client.$transaction(async (tx) => {
    const [organization] = await tx.$queryRaw<{ name: string; verificationStatus: string }[]>`
      SELECT name, "verificationStatus"::text AS "verificationStatus" FROM "Organization" WHERE id = ${organizationId}::uuid FOR UPDATE`;
    if (!organization) throw new AppError("NOT_FOUND", "Organization not found");
    const waiting = await tx.verificationRequest.count({ where: { organizationId, status: "SUBMITTED" } });
    if (waiting) throw new AppError("CONFLICT", "A verification request is already waiting", { messageKey: "verification:errors.already_submitted" });

    const documents = await claimVerificationDocuments(tx, actor, input.documents);
    const request = await tx.verificationRequest.create({
      data: {
        organizationId,
        creditCode: input.creditCode,
        legalRepresentative: input.legalRepresentative,
        registeredAddress: input.registeredAddress,
        exportLicenseNumber: input.exportLicenseNumber ?? null,
        customsCode: input.customsCode ?? null,
        submittedById: actor.userId,
        documents: { create: documents },
      },
      select: { id: true, status: true },
    });
    if (organization.verificationStatus !== "VERIFIED") await tx.organization.update({ where: { id: organizationId }, data: { verificationStatus: "PENDING" }, select: { id: true } });

    const counts: Record<string, number> = {};
    for (const document of documents) counts[document.kind] = (counts[document.kind] ?? 0) + 1;
    await recordAudit(tx, {
      actor: auditActorOf(actor),
      action: "verification.submitted",
      targetType: "VerificationRequest",
      targetId: request.id,
      organizationId,
      data: { creditCode: input.creditCode, documents: counts, renewal: organization.verificationStatus === "VERIFIED" },
      ip: context.ip,
    });
    await notify(tx, { type: "verification.submitted", data: { supplierName: organization.name }, link: `/hub/verification/${request.id}`, to: { userIds: await verificationReviewerIds(tx) } });
    return request;
  });
}
