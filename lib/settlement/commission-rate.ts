import type { Tx } from "@/lib/db/create-client";
import { env } from "@/lib/env/env";

/**
 * The commission for an order's category in basis points: the category's own rate, else the
 * nearest ancestor's, else PLATFORM_COMMISSION_BPS. Read when the payout is released and
 * stored on it, so a later change of rates never rewrites a settled order.
 */
export async function commissionBpsFor(tx: Tx, categoryId: string | null): Promise<number> {
  let current = categoryId;
  for (let depth = 0; current && depth < 10; depth += 1) {
    const category = await tx.category.findUnique({ where: { id: current }, select: { parentId: true, commissionRate: { select: { basisPoints: true } } } });
    if (!category) break;
    if (category.commissionRate) return category.commissionRate.basisPoints;
    current = category.parentId;
  }
  return env().PLATFORM_COMMISSION_BPS;
}
