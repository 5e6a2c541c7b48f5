import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/permissions";
import type { Tx } from "@/lib/db/create-client";
import { AppError } from "@/lib/errors/app-error";
import { isUuid } from "@/lib/ids/is-uuid";

const notFound = () => new AppError("NOT_FOUND", "RFQ not found");

async function lockRow(tx: Tx, rfqId: string): Promise<void> {
  await tx.$queryRaw`SELECT id FROM "Rfq" WHERE id = ${rfqId}::uuid FOR UPDATE`;
}

const rfqInclude = { buyer: { select: { id: true, name: true, country: true } } } as const;

/**
 * Locks an RFQ the acting supplier received (SELECT … FOR UPDATE), so quotes, counters and the
 * award of one RFQ happen one after another. An RFQ not routed to the supplier is NOT_FOUND.
 */
export async function lockRfqForSupplier(tx: Tx, actor: Actor, rfqId: string) {
  authorize(actor, "rfq:quote", { organizationId: actor.organization.id });
  if (!isUuid(rfqId)) throw notFound();
  const recipient = await tx.rfqRecipient.findUnique({ where: { rfqId_supplierId: { rfqId, supplierId: actor.organization.id } }, select: { rfqId: true } });
  if (!recipient) throw notFound();
  await lockRow(tx, rfqId);
  return tx.rfq.findUniqueOrThrow({ where: { id: rfqId }, include: rfqInclude });
}

/** Locks an RFQ of the acting buyer's company. */
export async function lockRfqForBuyer(tx: Tx, actor: Actor, rfqId: string) {
  authorize(actor, "rfq:buy", { organizationId: actor.organization.id });
  if (!isUuid(rfqId)) throw notFound();
  const owned = await tx.rfq.findFirst({ where: { id: rfqId, buyerId: actor.organization.id }, select: { id: true } });
  if (!owned) throw notFound();
  await lockRow(tx, rfqId);
  return tx.rfq.findUniqueOrThrow({ where: { id: rfqId }, include: rfqInclude });
}

/** The quote (with its RFQ locked) as seen by the buyer who owns the RFQ. */
export async function lockQuoteForBuyer(tx: Tx, actor: Actor, quoteId: string) {
  authorize(actor, "rfq:buy", { organizationId: actor.organization.id });
  if (!isUuid(quoteId)) throw new AppError("NOT_FOUND", "Quote not found");
  const quote = await tx.quote.findFirst({ where: { id: quoteId, rfq: { buyerId: actor.organization.id } }, select: { rfqId: true } });
  if (!quote) throw new AppError("NOT_FOUND", "Quote not found");
  const rfq = await lockRfqForBuyer(tx, actor, quote.rfqId);
  const locked = await tx.quote.findUniqueOrThrow({
    where: { id: quoteId },
    include: { supplier: { select: { id: true, name: true } }, revisions: { orderBy: { number: "desc" }, take: 1 } },
  });
  return { rfq, quote: locked, latest: locked.revisions[0]! };
}
