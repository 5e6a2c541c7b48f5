import { recordAudit } from "@/lib/audit/record-audit";
import type { Db } from "@/lib/db/create-client";
import type { CurrencyCode } from "@/lib/money/currencies";

export const demoFxSource = "Demo (hub finance)";

/** Plausible late-2026 rates (1 base = rate quote); demo data, not market data. */
const demoRates: { base: CurrencyCode; quote: CurrencyCode; rate: string }[] = [
  { base: "USD", quote: "CNY", rate: "7.095" },
  { base: "USD", quote: "KZT", rate: "518.4" },
  { base: "USD", quote: "UZS", rate: "12185.5" },
  { base: "USD", quote: "KGS", rate: "87.45" },
  { base: "USD", quote: "TJS", rate: "9.42" },
  { base: "USD", quote: "RUB", rate: "82.6" },
  { base: "EUR", quote: "USD", rate: "1.165" },
  { base: "CNY", quote: "KZT", rate: "73.05" },
];

/**
 * Demo mode: one rate per corridor pair, effective now, so quote comparisons work out of
 * the box. Idempotent: a pair that already has any rate (demo or real) is left alone, so the
 * demo rates age and turn stale like real ones until finance records newer rates.
 */
export async function seedDemoFxRates(client: Db): Promise<{ created: number }> {
  const effectiveAt = new Date();
  let created = 0;
  for (const { base, quote, rate } of demoRates) {
    if (await client.fxRate.findFirst({ where: { base, quote }, select: { id: true } })) continue;
    await client.$transaction(async (tx) => {
      const row = await tx.fxRate.create({ data: { base, quote, rate, source: demoFxSource, effectiveAt }, select: { id: true } });
      await recordAudit(tx, {
        actor: null,
        action: "fx_rate.recorded",
        targetType: "FxRate",
        targetId: row.id,
        organizationId: null,
        data: { base, quote, rate, source: demoFxSource, effectiveAt: effectiveAt.toISOString() },
      });
    });
    created += 1;
  }
  return { created };
}
