import type { Actor } from "@/lib/auth/actor";
import { claimAttachments } from "@/lib/attachments/claim-attachments";
import { auditActorOf, recordAudit } from "@/lib/audit/record-audit";
import type { Db } from "@/lib/db/create-client";
import { AppError } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/errors/validation";
import { isLocale } from "@/lib/i18n/config";
import { resolveLeafCategory } from "@/lib/listings/listing-values";
import { lockRfqForBuyer } from "./lock-rfq";
import { publishRfqInTx } from "./publish-rfq";
import { rfqColumns } from "./rfq-columns";
import { checkRfqDates, rfqInputSchema } from "./rfq-input";

/**
 * The buyer edits a saved draft (every field, as when creating it) and keeps it as a draft or
 * publishes it. Attachments already on the draft stay when listed again; new uploads are
 * claimed; those left out are unlinked. Only drafts can be edited: once published, suppliers
 * may already be quoting on what they read.
 */
export async function updateRfqDraft(client: Db, actor: Actor, rfqId: string, rawInput: unknown, context: { ip?: string; now?: Date } = {}): Promise<{ id: string; number: string; status: "DRAFT" | "OPEN" }> {
  const input = parseInput(rfqInputSchema, rawInput);
  const now = context.now ?? new Date();
  const dateErrors = checkRfqDates(input, now);
  if (Object.keys(dateErrors).length) throw new AppError("VALIDATION_FAILED", "RFQ dates are invalid", { fields: dateErrors });
  return client.$transaction(async (tx) => {
    const rfq = await lockRfqForBuyer(tx, actor, rfqId);
    if (rfq.status !== "DRAFT") throw new AppError("CONFLICT", "Only drafts can be edited", { messageKey: "deal.rfq_not_open" });
    const categoryId = await resolveLeafCategory(tx, input.categorySlug).catch((error: unknown) => {
      if (error instanceof AppError && error.details.fields?.category) throw new AppError("VALIDATION_FAILED", "Bad category", { fields: { categorySlug: error.details.fields.category } });
      throw error;
    });
    const linked = new Set((await tx.rfqAttachment.findMany({ where: { rfqId }, select: { attachmentId: true } })).map((a) => a.attachmentId));
    const wanted = input.attachmentIds.map((id) => id.toLowerCase());
    const fresh = await claimAttachments(tx, actor, wanted.filter((id) => !linked.has(id)));
    await tx.rfqAttachment.deleteMany({ where: { rfqId, attachmentId: { notIn: wanted } } });
    await tx.rfqAttachment.createMany({ data: fresh.map((attachmentId) => ({ rfqId, attachmentId })) });
    await tx.rfq.update({
      where: { id: rfqId },
      data: rfqColumns(input, categoryId, isLocale(actor.locale) ? actor.locale : rfq.language),
      select: { id: true },
    });
    await recordAudit(tx, { actor: auditActorOf(actor), action: "rfq.updated", targetType: "Rfq", targetId: rfqId, organizationId: rfq.buyerId, data: { number: rfq.number }, ip: context.ip });
    if (!input.publish) return { id: rfqId, number: rfq.number, status: "DRAFT" as const };
    const invited = [...input.invitedSupplierIds];
    if (rfq.listingId) {
      const listing = await tx.listing.findUnique({ where: { id: rfq.listingId }, select: { supplierId: true } });
      if (listing) invited.push(listing.supplierId);
    }
    await publishRfqInTx(tx, actor, rfqId, invited, { ip: context.ip, now });
    return { id: rfqId, number: rfq.number, status: "OPEN" as const };
  });
}
