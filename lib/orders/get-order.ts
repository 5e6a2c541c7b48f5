import type { Actor } from "@/lib/auth/actor";
import type { Db } from "@/lib/db/create-client";
import { AppError } from "@/lib/errors/app-error";
import { isUuid } from "@/lib/ids/is-uuid";
import { canSeeOrder, orderPartiesOf } from "./order-parties";
import { transitionsFor } from "./order-transitions";

/**
 * One order with everything its page shows: lines, totals, terms, shipment, documents, the
 * timeline and the negotiation it came from. Its buyer, its supplier and hub staff may read
 * it; anyone else gets NOT_FOUND. `nextSteps` are the moves this actor can make now.
 */
export async function getOrder(client: Db, actor: Actor, orderId: string) {
  if (!isUuid(orderId)) throw new AppError("NOT_FOUND", "Order not found");
  const order = await client.order.findUnique({
    where: { id: orderId },
    include: {
      buyer: { select: { id: true, name: true, city: true, country: true } },
      supplier: { select: { id: true, name: true, city: true, verificationStatus: true } },
      lines: { orderBy: { position: "asc" } },
      events: { orderBy: { createdAt: "asc" } },
      documents: { orderBy: { createdAt: "asc" }, include: { attachment: { select: { id: true, fileName: true, contentType: true, byteSize: true } } } },
      rfq: { select: { id: true, number: true, title: true } },
      quote: {
        select: {
          id: true,
          messages: { orderBy: { createdAt: "asc" }, select: { id: true, authorOrgId: true, body: true, createdAt: true, attachments: { select: { attachment: { select: { id: true, fileName: true } } } } } },
        },
      },
    },
  });
  if (!order || !canSeeOrder(actor, order)) throw new AppError("NOT_FOUND", "Order not found");
  return { ...order, nextSteps: transitionsFor(order.status, orderPartiesOf(actor, order)) };
}

export type OrderView = Awaited<ReturnType<typeof getOrder>>;
