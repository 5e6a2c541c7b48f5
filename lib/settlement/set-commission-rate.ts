import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/permissions";
import { auditActorOf, recordAudit } from "@/lib/audit/record-audit";
import type { Db } from "@/lib/db/create-client";
import { AppError } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/errors/validation";

const commissionInputSchema = z.object({
  categorySlug: z.string({ error: "required" }).trim().min(1, { error: "required" }),
  /** Percent with at most two decimals, 0–50: "2.5" → 250 basis points. */
  percent: z
    .string({ error: "required" })
    .trim()
    .regex(/^\d{1,2}(\.\d{1,2})?$/, { error: "commission_percent_invalid" })
    .refine((value) => Number(value) <= 50, { error: "commission_percent_invalid" }),
});

/** Finance sets a category's commission; payouts released from now on use it (released ones keep theirs). */
export async function setCommissionRate(client: Db, actor: Actor, rawInput: unknown, context: { ip?: string } = {}): Promise<{ categoryId: string; basisPoints: number }> {
  authorize(actor, "settlement:manage");
  const input = parseInput(commissionInputSchema, rawInput);
  const [whole, fraction = ""] = input.percent.split(".");
  const basisPoints = Number(whole) * 100 + Number(fraction.padEnd(2, "0"));
  return client.$transaction(async (tx) => {
    const category = await tx.category.findUnique({ where: { slug: input.categorySlug }, select: { id: true, commissionRate: { select: { basisPoints: true } } } });
    if (!category) throw new AppError("VALIDATION_FAILED", "Unknown category", { fields: { categorySlug: "field.invalid" } });
    await tx.commissionRate.upsert({ where: { categoryId: category.id }, create: { categoryId: category.id, basisPoints, updatedById: actor.userId }, update: { basisPoints, updatedById: actor.userId } });
    await recordAudit(tx, {
      actor: auditActorOf(actor),
      action: "commission_rate.set",
      targetType: "Category",
      targetId: category.id,
      organizationId: null,
      data: { slug: input.categorySlug, before: category.commissionRate?.basisPoints ?? null, after: basisPoints },
      ip: context.ip,
    });
    return { categoryId: category.id, basisPoints };
  });
}
