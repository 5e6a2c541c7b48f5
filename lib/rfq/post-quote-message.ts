import type { Actor } from "@/lib/auth/actor";
import { claimAttachments } from "@/lib/attachments/claim-attachments";
import type { Db } from "@/lib/db/create-client";
import { AppError } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/errors/validation";
import { isUuid } from "@/lib/ids/is-uuid";
import { notify } from "@/lib/notify/notify";
import { messageInputSchema } from "./quote-input";

/**
 * A message in one negotiation, from the buyer's company or the quoting supplier — nobody else
 * can read or write it. The other side is notified.
 */
export async function postQuoteMessage(client: Db, actor: Actor, quoteId: string, rawInput: unknown): Promise<{ id: string }> {
  const input = parseInput(messageInputSchema, rawInput);
  if (!isUuid(quoteId)) throw new AppError("NOT_FOUND", "Quote not found");
  return client.$transaction(async (tx) => {
    const quote = await tx.quote.findFirst({
      where: { id: quoteId, OR: [{ supplierId: actor.organization.id }, { rfq: { buyerId: actor.organization.id } }] },
      include: { rfq: { select: { id: true, number: true, title: true, buyerId: true } } },
    });
    const side = quote?.supplierId === actor.organization.id ? "supplier" : "buyer";
    const allowed = actor.organization.type === "SUPPLIER" ? actor.roles.some((r) => r === "supplier_admin" || r === "supplier") : actor.roles.some((r) => r === "buyer_admin" || r === "buyer");
    if (!quote || !allowed) throw new AppError("NOT_FOUND", "Quote not found");
    const attachmentIds = await claimAttachments(tx, actor, input.attachmentIds);
    const message = await tx.quoteMessage.create({
      data: { quoteId, authorUserId: actor.userId, authorOrgId: actor.organization.id, body: input.body, attachments: { create: attachmentIds.map((attachmentId) => ({ attachmentId })) } },
      select: { id: true },
    });
    await notify(tx, {
      type: "quote.message",
      data: { rfqNumber: quote.rfq.number, title: quote.rfq.title, fromName: actor.organization.name },
      link: `/rfqs/${quote.rfq.id}`,
      to: { organizationId: side === "supplier" ? quote.rfq.buyerId : quote.supplierId },
    });
    return message;
  });
}
