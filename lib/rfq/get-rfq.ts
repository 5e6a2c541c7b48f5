import type { Actor } from "@/lib/auth/actor";
import type { Db } from "@/lib/db/create-client";
import { AppError } from "@/lib/errors/app-error";
import { isUuid } from "@/lib/ids/is-uuid";
import { effectiveRfqStatus } from "./effective-rfq-status";

const revisionSelect = {
  id: true, number: true, kind: true, authorOrgId: true, unitPriceMinor: true, currency: true, quantity: true, quantityBreaks: true,
  leadTimeDays: true, incoterm: true, namedPlace: true, validUntil: true, paymentTerms: true, note: true, createdAt: true,
  attachments: { select: { attachment: { select: { id: true, fileName: true, contentType: true, byteSize: true } } } },
} as const;

const negotiationInclude = {
  supplier: { select: { id: true, name: true, city: true, verificationStatus: true, verifiedAt: true, createdAt: true } },
  revisions: { orderBy: { number: "asc" as const }, select: revisionSelect },
  messages: { orderBy: { createdAt: "asc" as const }, select: { id: true, authorOrgId: true, body: true, createdAt: true, attachments: { select: { attachment: { select: { id: true, fileName: true, contentType: true, byteSize: true } } } } } },
  order: { select: { id: true, number: true, status: true } },
};

/**
 * One RFQ as the actor may see it. The buyer's company sees every negotiation; a supplier it
 * was routed to sees the RFQ and only its own negotiation (never another supplier's quote or
 * name); hub staff see everything. Anyone else: NOT_FOUND. A supplier's first look is recorded
 * (response-time statistics).
 */
export async function getRfq(client: Db, actor: Actor, rfqId: string, now = new Date()) {
  if (!isUuid(rfqId)) throw new AppError("NOT_FOUND", "RFQ not found");
  const isBuyer = actor.organization.type === "BUYER";
  const isSupplier = actor.organization.type === "SUPPLIER";
  const isHub = actor.organization.type === "HUB";
  const rfq = await client.rfq.findFirst({
    where: {
      id: rfqId,
      ...(isBuyer ? { buyerId: actor.organization.id } : {}),
      ...(isSupplier ? { recipients: { some: { supplierId: actor.organization.id } }, status: { not: "DRAFT" } } : {}),
    },
    include: {
      buyer: { select: { id: true, name: true, city: true, country: true } },
      category: { select: { slug: true, names: true } },
      attachments: { select: { attachment: { select: { id: true, fileName: true, contentType: true, byteSize: true } } } },
      quotes: { where: isSupplier ? { supplierId: actor.organization.id } : {}, include: negotiationInclude, orderBy: { createdAt: "asc" } },
      _count: { select: { recipients: true } },
    },
  });
  if (!rfq || !(isBuyer || isSupplier || isHub)) throw new AppError("NOT_FOUND", "RFQ not found");
  if (isSupplier) {
    await client.rfqRecipient.updateMany({ where: { rfqId, supplierId: actor.organization.id, viewedAt: null }, data: { viewedAt: now } });
  }
  return { ...rfq, status: effectiveRfqStatus(rfq, now), recipientCount: rfq._count.recipients };
}

export type RfqView = Awaited<ReturnType<typeof getRfq>>;
