import type { Actor } from "@/lib/auth/actor";
import { auditActorOf, recordAudit } from "@/lib/audit/record-audit";
import type { Db } from "@/lib/db/create-client";
import { Prisma } from "@/lib/db/generated/client.ts";
import { AppError } from "@/lib/errors/app-error";
import { authorize } from "@/lib/auth/permissions";
import { parseFxRateInput } from "./fx-rate-input";

export const fxRateColumns = { id: true, base: true, quote: true, rate: true, source: true, effectiveAt: true, createdAt: true } as const;

export type RecordedFxRate = { id: string; base: string; quote: string; rate: string; source: string; effectiveAt: Date; createdAt: Date };

/**
 * Hub finance staff record one rate: 1 base = rate quote from effectiveAt on (now when left
 * out). Rates are never edited: a correction is a newer rate, so every stored conversion
 * keeps pointing at the rate it really used. The same pair at the same instant is a CONFLICT.
 */
export async function recordFxRate(client: Db, actor: Actor, rawInput: unknown, context: { ip?: string } = {}): Promise<RecordedFxRate> {
  authorize(actor, "fx:manage");
  const input = parseFxRateInput(rawInput);
  const effectiveAt = input.effectiveAt ?? new Date();
  try {
    return await client.$transaction(async (tx) => {
      const row = await tx.fxRate.create({
        data: { base: input.base, quote: input.quote, rate: input.rate, source: input.source, effectiveAt, createdById: actor.userId },
        select: fxRateColumns,
      });
      await recordAudit(tx, {
        actor: auditActorOf(actor),
        action: "fx_rate.recorded",
        targetType: "FxRate",
        targetId: row.id,
        // Rates are market-wide data, not any organization's.
        organizationId: null,
        data: { base: row.base, quote: row.quote, rate: row.rate, source: row.source, effectiveAt: row.effectiveAt.toISOString() },
        ip: context.ip,
      });
      return row;
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("CONFLICT", "A rate for this pair at this time exists", { messageKey: "fx:errors.duplicate", fields: { effectiveAt: "fx:field.duplicate" } });
    }
    throw error;
  }
}
