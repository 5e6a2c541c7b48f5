import { isCurrencyCode, type CurrencyCode } from "@/lib/money/currencies";
import { convertMinor } from "./convert-minor";
import { findRate, type FoundRate } from "./find-rate";
import type { FxClient } from "./fx-client";

export type Approximation = { minor: bigint; currency: CurrencyCode; rate: FoundRate };

/**
 * Converts many amounts into one display currency, looking each source currency's rate up once.
 * Null when the amount is already in that currency or no rate path exists — then only the
 * original price is shown.
 */
export function approximateIn(client: FxClient, to: CurrencyCode, at = new Date()) {
  const rates = new Map<string, Promise<FoundRate | null>>();
  return async (minor: bigint, from: string): Promise<Approximation | null> => {
    if (!isCurrencyCode(from) || from === to) return null;
    if (!rates.has(from)) rates.set(from, findRate(client, from, to, at));
    const rate = await rates.get(from)!;
    return rate ? { minor: convertMinor(minor, from, to, rate.rate), currency: to, rate } : null;
  };
}
