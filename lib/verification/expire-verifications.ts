import { recordAudit } from "@/lib/audit/record-audit";
import type { Db, Tx } from "@/lib/db/create-client";
import type { OrganizationType } from "@/lib/db/generated/enums.ts";
import { env } from "@/lib/env/env";
import { notify } from "@/lib/notify/notify";

const dayMs = 86_400_000;

export type ExpireVerificationsOptions = { now?: Date; /** Defaults to VERIFICATION_REMINDER_DAYS. */ reminderDays?: number; limit?: number };

type Due = { id: string; name: string; expiresAt: Date; waiting: boolean };

/**
 * The verification clock, run by a background job (and safe to run anywhere, any number of
 * times): reminds suppliers whose verification lapses within VERIFICATION_REMINDER_DAYS once
 * (unless new documents are already waiting), and ends every verification whose time has
 * passed — the supplier is no longer VERIFIED, so it cannot publish listings or quote until a
 * moderator approves new documents. A supplier with a request waiting becomes PENDING, any
 * other UNVERIFIED. Each supplier is handled in its own transaction that re-checks the row
 * under a lock and skips rows another worker holds, so two runs never remind or expire twice.
 * Buyers verified for large orders lapse the same way. Verifications without an expiry date
 * (companies imported as verified) never lapse.
 */
/** Who hears about a company's verification: its admins, pointed at their own verification page. */
function audience(organizationId: string, type: OrganizationType) {
  return type === "BUYER"
    ? { link: "/buyer/verification", to: { organizationId, roles: ["buyer_admin" as const] } }
    : { link: "/supplier/verification", to: { organizationId, roles: ["supplier_admin" as const] } };
}

export async function expireVerifications(client: Db, options: ExpireVerificationsOptions = {}): Promise<{ reminded: number; expired: number }> {
  const now = options.now ?? new Date();
  const limit = options.limit ?? 200;
  const remindBefore = new Date(now.getTime() + (options.reminderDays ?? env().VERIFICATION_REMINDER_DAYS) * dayMs);

  let expired = 0;
  const lapsed = await client.organization.findMany({
    where: { type: { in: ["SUPPLIER", "BUYER"] }, verificationStatus: "VERIFIED", verificationExpiresAt: { lte: now } },
    select: { id: true, type: true },
    orderBy: { verificationExpiresAt: "asc" },
    take: limit,
  });
  for (const { id, type } of lapsed) {
    const done = await client.$transaction(async (tx) => {
      const due = await lockDue(tx, id, now, "expire");
      if (!due) return false;
      const status = due.waiting ? "PENDING" : "UNVERIFIED";
      await tx.organization.update({ where: { id }, data: { verificationStatus: status, verifiedAt: null, verificationChecks: [], verificationReminderAt: null }, select: { id: true } });
      await recordAudit(tx, { actor: null, action: "verification.expired", targetType: "Organization", targetId: id, organizationId: id, data: { expiresAt: due.expiresAt.toISOString(), status } });
      await notify(tx, { type: type === "BUYER" ? "verification.buyer_expired" : "verification.expired", data: { companyName: due.name }, ...audience(id, type) });
      return true;
    });
    if (done) expired += 1;
  }

  let reminded = 0;
  const expiring = await client.organization.findMany({
    where: { type: { in: ["SUPPLIER", "BUYER"] }, verificationStatus: "VERIFIED", verificationReminderAt: null, verificationExpiresAt: { gt: now, lte: remindBefore }, verificationRequests: { none: { status: "SUBMITTED" } } },
    select: { id: true, type: true },
    orderBy: { verificationExpiresAt: "asc" },
    take: limit,
  });
  for (const { id, type } of expiring) {
    const done = await client.$transaction(async (tx) => {
      const due = await lockDue(tx, id, remindBefore, "remind");
      if (!due || due.waiting || due.expiresAt <= now) return false;
      await tx.organization.update({ where: { id }, data: { verificationReminderAt: now }, select: { id: true } });
      const expiresOn = due.expiresAt.toISOString().slice(0, 10);
      await recordAudit(tx, { actor: null, action: "verification.expiry_reminded", targetType: "Organization", targetId: id, organizationId: id, data: { expiresAt: due.expiresAt.toISOString() } });
      await notify(tx, { type: type === "BUYER" ? "verification.buyer_expiring" : "verification.expiring", data: { companyName: due.name, expiresOn }, ...audience(id, type) });
      return true;
    });
    if (done) reminded += 1;
  }
  return { reminded, expired };
}

/** The supplier, locked, if it is still VERIFIED with an expiry on or before `until` (and, for a reminder, not yet reminded). */
async function lockDue(tx: Tx, id: string, until: Date, purpose: "expire" | "remind"): Promise<Due | null> {
  const rows = await tx.$queryRaw<{ id: string; name: string; expiresAt: Date; reminderAt: Date | null }[]>`
    SELECT id::text AS id, name, "verificationExpiresAt" AS "expiresAt", "verificationReminderAt" AS "reminderAt" FROM "Organization"
    WHERE id = ${id}::uuid AND "verificationStatus" = 'VERIFIED' AND "verificationExpiresAt" <= ${until} FOR UPDATE SKIP LOCKED`;
  const row = rows[0];
  if (!row || (purpose === "remind" && row.reminderAt)) return null;
  const waiting = (await tx.verificationRequest.count({ where: { organizationId: id, status: "SUBMITTED" } })) > 0;
  return { id: row.id, name: row.name, expiresAt: row.expiresAt, waiting };
}
