import { approximateIn } from "@/lib/money/fx/approximate-in";
import type { FxClient } from "@/lib/money/fx/fx-client";

/**
 * Amounts in any corridor currency → US dollar minor units at the rates standing at `at`, each
 * rate looked up once. Null when no rate path exists: such an amount is left out of
 * comparisons rather than guessed.
 */
export function usdConverter(client: FxClient, at: Date) {
  const approximate = approximateIn(client, "USD", at);
  return async (minor: bigint, currency: string): Promise<bigint | null> => {
    if (currency === "USD") return minor;
    return (await approximate(minor, currency))?.minor ?? null;
  };
}
