import type { Actor } from "@/lib/auth/actor";
import { auditActorOf, recordAudit } from "@/lib/audit/record-audit";
import type { Db } from "@/lib/db/create-client";
import { AppError } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/errors/validation";
import { notify } from "@/lib/notify/notify";
import { allowedQuoteCurrencies } from "./allowed-quote-currencies";
import { effectiveRfqStatus } from "./effective-rfq-status";
import { lockQuoteForBuyer } from "./lock-rfq";
import { counterInputSchema } from "./quote-input";

/**
 * The buyer proposes other terms (price, quantity, lead time, Incoterm, payment terms): a new
 * revision of kind COUNTER, built from the latest one with the proposed changes. The supplier
 * answers with a revised offer; until then the quote cannot be accepted.
 */
export async function counterQuote(client: Db, actor: Actor, quoteId: string, rawInput: unknown, context: { ip?: string; now?: Date } = {}) {
  const input = parseInput(counterInputSchema, rawInput);
  const now = context.now ?? new Date();
  return client.$transaction(async (tx) => {
    const { rfq, quote, latest } = await lockQuoteForBuyer(tx, actor, quoteId);
    if (effectiveRfqStatus(rfq, now) !== "OPEN") throw new AppError("CONFLICT", "RFQ is not open", { messageKey: "deal.rfq_not_open" });
    if (quote.status !== "OFFERED" && quote.status !== "COUNTERED") throw new AppError("CONFLICT", "Negotiation closed", { messageKey: "deal.quote_not_open" });
    if (input.unitPrice && !allowedQuoteCurrencies(rfq.buyer.country).includes(input.unitPrice.currency)) {
      throw new AppError("VALIDATION_FAILED", "Currency not allowed", { fields: { "unitPrice.currency": "field.currency_not_allowed" } });
    }
    const number = quote.revision + 1;
    await tx.quoteRevision.create({
      data: {
        quoteId: quote.id,
        number,
        kind: "COUNTER",
        authorUserId: actor.userId,
        authorOrgId: actor.organization.id,
        unitPriceMinor: input.unitPrice?.minor ?? latest.unitPriceMinor,
        currency: input.unitPrice?.currency ?? latest.currency,
        quantity: input.quantity ?? latest.quantity,
        quantityBreaks: input.quantity !== undefined || input.unitPrice ? [] : (latest.quantityBreaks ?? []),
        leadTimeDays: input.leadTimeDays ?? latest.leadTimeDays,
        incoterm: input.incoterm ?? latest.incoterm,
        namedPlace: input.namedPlace ?? latest.namedPlace,
        validUntil: latest.validUntil,
        paymentTerms: input.paymentTerms ?? latest.paymentTerms,
        note: input.note || null,
      },
    });
    await tx.quote.update({ where: { id: quote.id }, data: { status: "COUNTERED", revision: number }, select: { id: true } });
    await recordAudit(tx, {
      actor: auditActorOf(actor),
      action: "quote.countered",
      targetType: "Quote",
      targetId: quote.id,
      organizationId: rfq.buyerId,
      data: { rfq: rfq.number, revision: number, changed: Object.keys(input).filter((key) => input[key as keyof typeof input] !== undefined) },
      ip: context.ip,
    });
    await notify(tx, { type: "quote.countered", data: { rfqNumber: rfq.number, title: rfq.title, buyerName: actor.organization.name }, link: `/rfqs/${rfq.id}`, to: { organizationId: quote.supplierId } });
    return { id: quote.id, revision: number, status: "COUNTERED" as const };
  });
}
