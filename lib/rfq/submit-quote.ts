import type { Actor } from "@/lib/auth/actor";
import { claimAttachments } from "@/lib/attachments/claim-attachments";
import { auditActorOf, recordAudit } from "@/lib/audit/record-audit";
import type { Db } from "@/lib/db/create-client";
import type { QuoteStatus } from "@/lib/db/generated/enums.ts";
import { AppError } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/errors/validation";
import { decimalToMinor } from "@/lib/money/decimal";
import { notify } from "@/lib/notify/notify";
import { allowedQuoteCurrencies } from "./allowed-quote-currencies";
import { effectiveRfqStatus } from "./effective-rfq-status";
import { lockRfqForSupplier } from "./lock-rfq";
import { checkValidUntil, quoteInputSchema, type QuoteInput } from "./quote-input";

/**
 * A supplier answers an RFQ routed to it: the first call opens the negotiation with offer #1,
 * later calls add revisions (every revision is kept). Only while the RFQ is open and the
 * negotiation is not closed.
 */
export async function submitQuote(client: Db, actor: Actor, rfqId: string, rawInput: unknown, context: { ip?: string; now?: Date } = {}): Promise<{ id: string; revision: number; status: QuoteStatus }> {
  const input = parseInput(quoteInputSchema, rawInput);
  const now = context.now ?? new Date();
  const errors: Record<string, string> = { ...checkValidUntil(input.validUntil, now), ...checkBreaks(input) };
  return client.$transaction(async (tx) => {
    const rfq = await lockRfqForSupplier(tx, actor, rfqId);
    if (!allowedQuoteCurrencies(rfq.buyer.country).includes(input.unitPrice.currency)) errors["unitPrice.currency"] = "field.currency_not_allowed";
    if (Object.keys(errors).length) throw new AppError("VALIDATION_FAILED", "Quote is invalid", { fields: errors });
    if (effectiveRfqStatus(rfq, now) !== "OPEN") throw new AppError("CONFLICT", "RFQ is not open", { messageKey: "deal.rfq_not_open" });

    const existing = await tx.quote.findUnique({ where: { rfqId_supplierId: { rfqId, supplierId: actor.organization.id } } });
    // A withdrawn quote may be offered again while the RFQ is open; accepted or declined ones are final.
    if (existing && existing.status !== "OFFERED" && existing.status !== "COUNTERED" && existing.status !== "WITHDRAWN") throw new AppError("CONFLICT", "Negotiation closed", { messageKey: "deal.quote_not_open" });
    const number = existing ? existing.revision + 1 : 1;
    const quote = existing
      ? await tx.quote.update({ where: { id: existing.id }, data: { status: "OFFERED", revision: number }, select: { id: true } })
      : await tx.quote.create({ data: { rfqId, supplierId: actor.organization.id, status: "OFFERED", revision: 1 }, select: { id: true } });
    const attachmentIds = await claimAttachments(tx, actor, input.attachmentIds);
    await tx.quoteRevision.create({
      data: {
        quoteId: quote.id,
        number,
        kind: "OFFER",
        authorUserId: actor.userId,
        authorOrgId: actor.organization.id,
        unitPriceMinor: input.unitPrice.minor,
        currency: input.unitPrice.currency,
        quantity: input.quantity,
        quantityBreaks: input.quantityBreaks,
        leadTimeDays: input.leadTimeDays,
        incoterm: input.incoterm,
        namedPlace: input.namedPlace,
        validUntil: new Date(input.validUntil),
        paymentTerms: input.paymentTerms || null,
        note: input.note || null,
        attachments: { create: attachmentIds.map((attachmentId) => ({ attachmentId })) },
      },
    });
    await recordAudit(tx, {
      actor: auditActorOf(actor),
      action: existing ? "quote.revised" : "quote.submitted",
      targetType: "Quote",
      targetId: quote.id,
      organizationId: actor.organization.id,
      data: { rfq: rfq.number, revision: number, unitPriceMinor: input.unitPrice.minor.toString(), currency: input.unitPrice.currency, quantity: input.quantity },
      ip: context.ip,
    });
    await notify(tx, {
      type: existing ? "quote.revised" : "quote.received",
      data: { rfqNumber: rfq.number, title: rfq.title, supplierName: actor.organization.name },
      link: `/rfqs/${rfqId}`,
      to: { organizationId: rfq.buyerId },
    });
    return { id: quote.id, revision: number, status: "OFFERED" as const };
  });
}

/** Quantity breaks climb and their prices fit the currency's decimals. */
function checkBreaks(input: QuoteInput): Record<string, string> {
  const errors: Record<string, string> = {};
  input.quantityBreaks.forEach((step, index) => {
    if (decimalToMinor(step.unitPrice, input.unitPrice.currency) === null) errors[`quantityBreaks.${index}.unitPrice`] = "field.price_too_precise";
    const previous = index === 0 ? input.quantity : input.quantityBreaks[index - 1]!.minQty;
    if (step.minQty <= previous) errors[`quantityBreaks.${index}.minQty`] = "field.tiers_not_ascending";
  });
  return errors;
}
