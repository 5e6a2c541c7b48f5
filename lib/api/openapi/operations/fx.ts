import { fxRateInputSchema } from "@/lib/money/fx/fx-rate-input";
import type { ApiLimits, ApiOperation } from "../types";

const fxRateFieldDocs: Record<string, string> = {
  base: "Currency of one unit: 1 base = rate quote.",
  quote: "Currency the rate is expressed in.",
  rate: "Units of quote per one unit of base: a positive decimal string with a dot, at most 12 decimals, e.g. 7.0950.",
  source: "Where the rate comes from, e.g. a bank or the central bank's fixing (1–80 characters).",
  effectiveAt: "ISO 8601 time from which the rate applies; without an offset it is read as UTC. At most one day ahead; default now.",
};

export function fxOperations(limits: ApiLimits): ApiOperation[] {
  return [
    {
      operationId: "listFxRates",
      method: "get",
      path: "/api/v1/fx-rates",
      tag: "FX rates",
      summary: "List the FX rates in force",
      description: `The latest rate of every currency pair the trade hub keeps, with its source, effective time and a stale flag (older than FX_STALE_HOURS). Answers { staleAfterHours, rates: [{ base, quote, rate, inverse, source, effectiveAt, stale }] }; rates are decimal strings, never floats. Rate-limited to ${limits.searchRequestsPerMinute} requests per minute per client IP.`,
      auth: "none",
      success: [{ status: 200, description: "Every pair's rate in force now.", body: "FxRateList" }],
      errors: ["RATE_LIMITED", "INTERNAL"],
    },
    {
      operationId: "recordFxRate",
      method: "post",
      path: "/api/v1/fx-rates",
      tag: "FX rates",
      summary: "Record an FX rate (hub finance staff)",
      description: "For trade-hub finance staff and admins. Rates are never changed: a correction is a newer rate. Answers { id, base, quote, rate, source, effectiveAt, createdAt }. 409 when the pair already has a rate at that exact time.",
      auth: "required",
      body: { contentType: "application/json", component: "FxRateInput", schema: fxRateInputSchema, example: { base: "USD", quote: "KZT", rate: "518.40", source: "National Bank of Kazakhstan", effectiveAt: "2026-11-27T09:00:00Z" }, fieldDocs: fxRateFieldDocs },
      success: [{ status: 201, description: "The recorded rate.", body: "FxRate" }],
      errors: ["BAD_REQUEST", "UNAUTHENTICATED", "FORBIDDEN", "CONFLICT", "VALIDATION_FAILED", "INTERNAL"],
    },
  ];
}
