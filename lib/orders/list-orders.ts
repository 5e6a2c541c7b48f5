import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import type { Db } from "@/lib/db/create-client";
import type { Prisma } from "@/lib/db/generated/client.ts";
import { OrderStatus } from "@/lib/db/generated/enums.ts";
import { parseInput } from "@/lib/errors/validation";

export const orderListQuerySchema = z.object({
  status: z.enum(OrderStatus).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).catch(20).default(20),
});

/** The actor's orders — as buyer or supplier — or every order for hub staff, with counts per status. */
export async function listOrders(client: Db, actor: Actor, rawQuery: unknown) {
  const query = parseInput(orderListQuerySchema, rawQuery);
  const scope: Prisma.OrderWhereInput =
    actor.organization.type === "HUB" ? {} : actor.organization.type === "BUYER" ? { buyerId: actor.organization.id } : { supplierId: actor.organization.id };
  const where: Prisma.OrderWhereInput = { AND: [scope, query.status ? { status: query.status } : {}] };
  const [total, rows, groups] = await Promise.all([
    client.order.count({ where }),
    client.order.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
      include: { buyer: { select: { name: true } }, supplier: { select: { name: true } }, lines: { take: 1, orderBy: { position: "asc" }, select: { description: true, quantity: true, unit: true } } },
    }),
    client.order.groupBy({ by: ["status"], where: scope, _count: { _all: true } }),
  ]);
  const counts = Object.fromEntries(Object.values(OrderStatus).map((status) => [status, 0])) as Record<OrderStatus, number>;
  for (const group of groups) counts[group.status] = group._count._all;
  return { query, total, pages: Math.max(1, Math.ceil(total / query.pageSize)), counts, orders: rows };
}
