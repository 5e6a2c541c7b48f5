import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/permissions";
import { claimAttachments } from "@/lib/attachments/claim-attachments";
import { auditActorOf, recordAudit } from "@/lib/audit/record-audit";
import type { Db } from "@/lib/db/create-client";
import { AppError } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/errors/validation";
import { isUuid } from "@/lib/ids/is-uuid";
import { notify } from "@/lib/notify/notify";
import { notifyHubStaff } from "@/lib/notify/notify-hub-staff";
import { answerDisputeInputSchema } from "./dispute-input";

/** The supplier answers a dispute (once, while it is open or escalated), with its own evidence. */
export async function answerDispute(client: Db, actor: Actor, disputeId: string, rawInput: unknown, context: { ip?: string } = {}): Promise<{ id: string }> {
  const input = parseInput(answerDisputeInputSchema, rawInput);
  if (!isUuid(disputeId)) throw new AppError("NOT_FOUND", "Dispute not found");
  return client.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "Dispute" WHERE id = ${disputeId}::uuid FOR UPDATE`;
    const dispute = await tx.dispute.findUnique({ where: { id: disputeId }, include: { order: { select: { id: true, number: true, buyerId: true, supplierId: true } } } });
    if (!dispute || (dispute.order.supplierId !== actor.organization.id && dispute.order.buyerId !== actor.organization.id && actor.organization.type !== "HUB")) throw new AppError("NOT_FOUND", "Dispute not found");
    authorize(actor, "disputes:answer", { organizationId: dispute.order.supplierId });
    if (dispute.supplierAnswer !== null || dispute.status === "DECIDED") throw new AppError("CONFLICT", "Already answered", { messageKey: "disputes:errors.already_answered" });
    await tx.dispute.update({ where: { id: dispute.id }, data: { supplierAnswer: input.answer, answeredAt: new Date(), status: dispute.status === "ESCALATED" ? "ESCALATED" : "ANSWERED" }, select: { id: true } });
    const files = await claimAttachments(tx, actor, input.attachmentIds ?? []);
    if (files.length) await tx.disputeAttachment.createMany({ data: files.map((attachmentId) => ({ disputeId: dispute.id, attachmentId, side: "supplier" })) });
    await recordAudit(tx, { actor: auditActorOf(actor), action: "dispute.answered", targetType: "Dispute", targetId: dispute.id, organizationId: dispute.order.buyerId, data: { orderNumber: dispute.order.number, files: files.length }, ip: context.ip });
    await notify(tx, { type: "dispute.answered", data: { orderNumber: dispute.order.number }, link: `/orders/${dispute.order.id}`, to: { organizationId: dispute.order.buyerId } });
    await notifyHubStaff(tx, ["moderator", "admin"], { type: "dispute.answered", data: { orderNumber: dispute.order.number }, link: `/hub/disputes/${dispute.id}` });
    return { id: dispute.id };
  });
}
