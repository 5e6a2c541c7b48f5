import { z } from "zod";
import type { LatestFxRate } from "./list-latest-fx-rates";

/*
 * What the REST API answers about FX rates: zod schemas for the OpenAPI document, and the
 * builders the route handlers use, typed as the schemas' output so that tsc fails when the
 * two drift apart.
 */

const dateTime = z.string().meta({ format: "date-time" });
const code = z.string().length(3).meta({ description: "ISO 4217 code." });

export const fxRateSchema = z.object({
  id: z.string().meta({ format: "uuid" }),
  base: code,
  quote: code,
  rate: z.string().meta({ description: "Units of quote per one unit of base, as a decimal string (never a float).", examples: ["7.0950"] }),
  source: z.string().meta({ description: "Where the rate comes from, e.g. a bank or the central bank's fixing." }),
  effectiveAt: dateTime.meta({ description: "From when the rate applies." }),
  createdAt: dateTime,
});

export const fxRateListSchema = z.object({
  staleAfterHours: z.number().int().meta({ description: "Rates older than this are flagged stale (FX_STALE_HOURS)." }),
  rates: z.array(
    z.object({
      base: code,
      quote: code,
      rate: z.string().meta({ description: "Units of quote per one unit of base, as a decimal string." }),
      inverse: z.string().meta({ description: "Units of base per one unit of quote, 12 significant digits (for reading; convert with the exact rate)." }),
      source: z.string(),
      effectiveAt: dateTime,
      stale: z.boolean().meta({ description: "Older than staleAfterHours." }),
    }),
  ),
});

export type FxRateJson = z.output<typeof fxRateSchema>;
export type FxRateListJson = z.output<typeof fxRateListSchema>;

type StoredFxRate = { id: string; base: string; quote: string; rate: string; source: string; effectiveAt: Date; createdAt: Date };

export function toFxRateJson(row: StoredFxRate): FxRateJson {
  return { id: row.id, base: row.base, quote: row.quote, rate: row.rate, source: row.source, effectiveAt: row.effectiveAt.toISOString(), createdAt: row.createdAt.toISOString() };
}

export function toFxRateListJson(list: { staleAfterHours: number; rates: LatestFxRate[] }): FxRateListJson {
  return {
    staleAfterHours: list.staleAfterHours,
    rates: list.rates.map((row) => ({ base: row.base, quote: row.quote, rate: row.rate, inverse: row.inverse, source: row.source, effectiveAt: row.effectiveAt.toISOString(), stale: row.stale })),
  };
}
