import type { Actor } from "@/lib/auth/actor";
import type { Db } from "@/lib/db/create-client";
import { AppError } from "@/lib/errors/app-error";
import { isUuid } from "@/lib/ids/is-uuid";
import { canSeeOrder } from "@/lib/orders/order-parties";

const include = {
  order: { select: { id: true, number: true, status: true, currency: true, totalMinor: true, buyerId: true, supplierId: true, heldAt: true, holdReason: true, buyer: { select: { name: true } }, supplier: { select: { name: true } } } },
  files: { include: { attachment: { select: { id: true, fileName: true, contentType: true, byteSize: true } } } },
} as const;

/** The dispute on an order, for its buyer, its supplier and hub staff (null when there is none). */
export async function getOrderDispute(client: Db, actor: Actor, orderId: string) {
  if (!isUuid(orderId)) return null;
  const dispute = await client.dispute.findUnique({ where: { orderId }, include });
  if (!dispute || !canSeeOrder(actor, dispute.order)) return null;
  return dispute;
}

/** One dispute by id, for the same readers; anyone else gets NOT_FOUND. */
export async function getDispute(client: Db, actor: Actor, disputeId: string) {
  if (!isUuid(disputeId)) throw new AppError("NOT_FOUND", "Dispute not found");
  const dispute = await client.dispute.findUnique({ where: { id: disputeId }, include });
  if (!dispute || !canSeeOrder(actor, dispute.order)) throw new AppError("NOT_FOUND", "Dispute not found");
  return dispute;
}

export type DisputeView = NonNullable<Awaited<ReturnType<typeof getOrderDispute>>>;
