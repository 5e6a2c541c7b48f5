import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import type { Db } from "@/lib/db/create-client";
import { parseInput } from "@/lib/errors/validation";

export const markReadSchema = z
  .object({
    ids: z.array(z.uuid()).min(1).max(500).optional(),
    all: z.literal(true).optional(),
  })
  .strict()
  .refine((input) => Boolean(input.ids) !== Boolean(input.all), { error: "invalid" });

export type MarkReadInput = z.input<typeof markReadSchema>;

/**
 * Marks some (`{ ids }`) or all (`{ all: true }`) of the actor's unread notifications as read
 * and returns how many changed. Every update is scoped to `actor.userId`, so ids of other
 * users' notifications simply match nothing — no error that would confirm they exist.
 */
export async function markRead(client: Db, actor: Actor, rawInput: unknown): Promise<{ updated: number }> {
  const input = parseInput(markReadSchema, rawInput);
  const { count } = await client.notification.updateMany({
    where: { userId: actor.userId, readAt: null, ...(input.ids ? { id: { in: input.ids } } : {}) },
    data: { readAt: new Date() },
  });
  return { updated: count };
}
