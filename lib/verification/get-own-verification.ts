import type { Actor } from "@/lib/auth/actor";
import { authorize, can } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/create-client";
import { checksOf, toVerificationRequestView, verificationRequestSelect } from "./verification-request-view";

/**
 * The company's verification (supplier or buyer) as its own people see it: the current status, when it was given
 * and when it lapses, and the checks behind the badge — for every member. The requests, with
 * their documents and the hub's decisions, only for the company's admins, who submit them;
 * other members get `requests: null`.
 */
export async function getOwnVerification(client: Db, actor: Actor) {
  authorize(actor, actor.organization.type === "BUYER" ? "page:buyer" : "page:supplier");
  const organizationId = actor.organization.id;
  const organization = await client.organization.findUniqueOrThrow({
    where: { id: organizationId },
    select: { verificationStatus: true, verifiedAt: true, verificationExpiresAt: true, verificationChecks: true },
  });
  const summary = { status: organization.verificationStatus, verifiedAt: organization.verifiedAt, expiresAt: organization.verificationExpiresAt, checks: checksOf(organization.verificationChecks) };
  if (!can(actor, "verification:submit", { organizationId })) return { organization: summary, requests: null };
  const rows = await client.verificationRequest.findMany({ where: { organizationId }, orderBy: [{ submittedAt: "desc" }, { id: "desc" }], take: 20, select: verificationRequestSelect });
  return { organization: summary, requests: rows.map(toVerificationRequestView) };
}
