import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/permissions";
import { claimAttachments } from "@/lib/attachments/claim-attachments";
import { auditActorOf, recordAudit } from "@/lib/audit/record-audit";
import type { Db } from "@/lib/db/create-client";
import { AppError } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/errors/validation";
import { isLocale } from "@/lib/i18n/config";
import { nextReference } from "@/lib/references/next-reference";
import { resolveLeafCategory } from "@/lib/listings/listing-values";
import { publishRfqInTx } from "./publish-rfq";
import { rfqColumns } from "./rfq-columns";
import { checkRfqDates, rfqInputSchema } from "./rfq-input";

/**
 * A buyer creates an RFQ: saved as a draft, or published at once (routed to suppliers and
 * notified) — in one transaction either way. Started from a listing, it remembers the listing
 * and invites its supplier.
 */
export async function createRfq(client: Db, actor: Actor, rawInput: unknown, context: { ip?: string; now?: Date } = {}): Promise<{ id: string; number: string; status: string }> {
  authorize(actor, "rfq:buy", { organizationId: actor.organization.id });
  const input = parseInput(rfqInputSchema, rawInput);
  const now = context.now ?? new Date();
  const dateErrors = checkRfqDates(input, now);
  if (Object.keys(dateErrors).length) throw new AppError("VALIDATION_FAILED", "RFQ dates are invalid", { fields: dateErrors });
  if (input.visibility === "INVITED" && input.invitedSupplierIds.length === 0 && !input.listingId) {
    throw new AppError("VALIDATION_FAILED", "No supplier invited", { fields: { invitedSupplierIds: "field.invited_required" } });
  }

  return client.$transaction(async (tx) => {
    const categoryId = await resolveLeafCategory(tx, input.categorySlug).catch((error: unknown) => {
      if (error instanceof AppError && error.details.fields?.category) throw new AppError("VALIDATION_FAILED", "Bad category", { fields: { categorySlug: error.details.fields.category } });
      throw error;
    });
    const invited = new Set(input.invitedSupplierIds);
    if (input.listingId) {
      const listing = await tx.listing.findFirst({ where: { id: input.listingId, status: "PUBLISHED" }, select: { supplierId: true } });
      if (!listing) throw new AppError("VALIDATION_FAILED", "Unknown listing", { fields: { listingId: "field.invalid" } });
      invited.add(listing.supplierId);
    }
    const attachmentIds = await claimAttachments(tx, actor, input.attachmentIds);
    const rfq = await tx.rfq.create({
      data: {
        number: await nextReference(tx, "RFQ", now),
        buyerId: actor.organization.id,
        createdById: actor.userId,
        listingId: input.listingId ?? null,
        ...rfqColumns(input, categoryId, isLocale(actor.locale) ? actor.locale : "en"),
        attachments: { create: attachmentIds.map((attachmentId) => ({ attachmentId })) },
      },
      select: { id: true, number: true },
    });
    await recordAudit(tx, {
      actor: auditActorOf(actor),
      action: "rfq.created",
      targetType: "Rfq",
      targetId: rfq.id,
      organizationId: actor.organization.id,
      data: { number: rfq.number, title: input.title, quantity: input.quantity, unit: input.unit },
      ip: context.ip,
    });
    if (!input.publish) return { ...rfq, status: "DRAFT" };
    await publishRfqInTx(tx, actor, rfq.id, [...invited], { ip: context.ip, now });
    return { ...rfq, status: "OPEN" };
  });
}
