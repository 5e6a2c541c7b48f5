import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import type { Db } from "@/lib/db/create-client";
import type { Prisma } from "@/lib/db/generated/client.ts";
import { RfqStatus } from "@/lib/db/generated/enums.ts";
import { AppError } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/errors/validation";
import { effectiveRfqStatus } from "./effective-rfq-status";

export const rfqListQuerySchema = z.object({
  status: z.enum(RfqStatus).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).catch(20).default(20),
});

/**
 * The RFQs an actor works with: a buyer's own company's, a supplier's inbox (routed to it),
 * or all of them for hub staff (read-only). The status filter uses the effective status, so
 * "OPEN" never lists an RFQ whose expiry has passed.
 */
export async function listRfqs(client: Db, actor: Actor, rawQuery: unknown, now = new Date()) {
  const query = parseInput(rfqListQuerySchema, rawQuery);
  const scope: Prisma.RfqWhereInput =
    actor.organization.type === "BUYER"
      ? { buyerId: actor.organization.id }
      : actor.organization.type === "SUPPLIER"
        ? { recipients: { some: { supplierId: actor.organization.id } }, status: { not: "DRAFT" } }
        : {};
  if (actor.organization.type !== "HUB" && !actor.roles.length) throw new AppError("FORBIDDEN");
  const byStatus: Prisma.RfqWhereInput =
    query.status === "OPEN"
      ? { status: "OPEN", expiresAt: { gt: now } }
      : query.status === "EXPIRED"
        ? { OR: [{ status: "EXPIRED" }, { status: "OPEN", expiresAt: { lte: now } }] }
        : query.status
          ? { status: query.status }
          : {};
  const where: Prisma.RfqWhereInput = { AND: [scope, byStatus] };
  const supplierId = actor.organization.type === "SUPPLIER" ? actor.organization.id : null;
  const [total, rows, open, all] = await Promise.all([
    client.rfq.count({ where }),
    client.rfq.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
      include: {
        buyer: { select: { name: true, city: true, country: true } },
        category: { select: { slug: true, names: true } },
        _count: { select: { quotes: true, recipients: true } },
        quotes: supplierId ? { where: { supplierId }, select: { id: true, status: true } } : { select: { id: true, status: true } },
        recipients: supplierId ? { where: { supplierId }, select: { viewedAt: true } } : false,
      },
    }),
    client.rfq.count({ where: { AND: [scope, { status: "OPEN", expiresAt: { gt: now } }] } }),
    client.rfq.count({ where: scope }),
  ]);
  return {
    query,
    total,
    pages: Math.max(1, Math.ceil(total / query.pageSize)),
    counts: { open, all },
    rfqs: rows.map((row) => ({ ...row, status: effectiveRfqStatus(row, now) })),
  };
}
