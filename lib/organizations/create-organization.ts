import type { Db } from "@/lib/db/create-client";
import type { OrganizationType, VerificationStatus } from "@/lib/db/generated/enums.ts";
import { recordAudit, type AuditActor } from "@/lib/audit/record-audit";

export type NewOrganization = {
  type: OrganizationType;
  name: string;
  legalName: string;
  country: string;
  city: string;
  /** Supplier code used by catalog files (e.g. SUP-0001). */
  code?: string;
  verificationStatus?: VerificationStatus;
};

/** Creates an organization on an operator's behalf (seed, CLI), audited like any other change. */
export async function createOrganization(client: Db, data: NewOrganization, context: { actor: AuditActor | null }) {
  return client.$transaction(async (tx) => {
    const verified = data.verificationStatus === "VERIFIED";
    const organization = await tx.organization.create({ data: { ...data, verifiedAt: verified ? new Date() : null }, select: { id: true } });
    await recordAudit(tx, {
      actor: context.actor,
      action: "organization.created",
      targetType: "Organization",
      targetId: organization.id,
      organizationId: organization.id,
      data: { ...data },
    });
    return organization;
  });
}
