import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/permissions";
import { auditActorOf, recordAudit } from "@/lib/audit/record-audit";
import type { Db, Tx } from "@/lib/db/create-client";
import { AppError } from "@/lib/errors/app-error";
import { notify } from "@/lib/notify/notify";
import { checkRfqDates } from "./rfq-input";

/**
 * Publishing routes the RFQ: to the invited suppliers, and — when visible to the category —
 * to every verified supplier with a published listing in its category. Each recipient's staff
 * is notified. Only verified suppliers can receive RFQs; inviting another kind of company is
 * a field error, not a silent drop.
 */
export async function publishRfqInTx(tx: Tx, actor: Actor, rfqId: string, invitedSupplierIds: string[], context: { ip?: string; now?: Date } = {}): Promise<number> {
  const now = context.now ?? new Date();
  const [locked] = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Rfq" WHERE id = ${rfqId}::uuid AND "buyerId" = ${actor.organization.id}::uuid FOR UPDATE`;
  if (!locked) throw new AppError("NOT_FOUND", "RFQ not found");
  const rfq = await tx.rfq.findUniqueOrThrow({ where: { id: rfqId }, include: { buyer: { select: { name: true } }, recipients: { select: { supplierId: true } } } });
  if (rfq.status !== "DRAFT") throw new AppError("CONFLICT", "RFQ is not a draft", { messageKey: "listing.wrong_status" });
  const dateErrors = checkRfqDates({ requiredBy: rfq.requiredBy.toISOString().slice(0, 10), expiresAt: rfq.expiresAt.toISOString() }, now);
  if (Object.keys(dateErrors).length) throw new AppError("VALIDATION_FAILED", "RFQ dates are invalid", { fields: dateErrors });

  const invitedIds = [...new Set([...invitedSupplierIds, ...rfq.recipients.map((r) => r.supplierId)])];
  const invited = invitedIds.length
    ? await tx.organization.findMany({ where: { id: { in: invitedIds }, type: "SUPPLIER", verificationStatus: "VERIFIED" }, select: { id: true } })
    : [];
  if (invited.length !== invitedIds.length) throw new AppError("VALIDATION_FAILED", "Invited supplier not available", { fields: { invitedSupplierIds: "field.supplier_not_available" } });
  const byCategory =
    rfq.visibility === "CATEGORY"
      ? await tx.organization.findMany({
          where: { type: "SUPPLIER", verificationStatus: "VERIFIED", listings: { some: { categoryId: rfq.categoryId, status: "PUBLISHED" } } },
          select: { id: true },
        })
      : [];
  const invitedSet = new Set(invited.map((s) => s.id));
  const recipients = [...new Set([...invitedSet, ...byCategory.map((s) => s.id)])];

  await tx.rfqRecipient.deleteMany({ where: { rfqId } });
  await tx.rfqRecipient.createMany({ data: recipients.map((supplierId) => ({ rfqId, supplierId, invited: invitedSet.has(supplierId) })) });
  await tx.rfq.update({ where: { id: rfqId }, data: { status: "OPEN", publishedAt: now }, select: { id: true } });
  await recordAudit(tx, {
    actor: auditActorOf(actor),
    action: "rfq.published",
    targetType: "Rfq",
    targetId: rfqId,
    organizationId: rfq.buyerId,
    data: { number: rfq.number, recipients: recipients.length, invited: invitedSet.size },
    ip: context.ip,
  });
  for (const supplierId of recipients) {
    await notify(tx, { type: "rfq.received", data: { rfqNumber: rfq.number, title: rfq.title, buyerName: rfq.buyer.name }, link: `/rfqs/${rfqId}`, to: { organizationId: supplierId } });
  }
  return recipients.length;
}

/** Publishes a saved draft. */
export async function publishRfq(client: Db, actor: Actor, rfqId: string, context: { ip?: string; now?: Date } = {}): Promise<{ id: string; recipients: number }> {
  authorize(actor, "rfq:buy", { organizationId: actor.organization.id });
  const recipients = await client.$transaction((tx) => publishRfqInTx(tx, actor, rfqId, [], context));
  return { id: rfqId, recipients };
}
