import type { Locale } from "@/lib/i18n/config";
import { parseLocaleDecimal } from "@/lib/i18n/parse-decimal";
import { currencyExponent, isCurrencyCode, type CurrencyCode } from "@/lib/money/currencies";
import { decimalToMinor } from "@/lib/money/decimal";
import { convertMinor } from "./convert-minor";
import { findRate, type FoundRate } from "./find-rate";
import type { FxClient } from "./fx-client";

export type FxConversionPreview =
  | { status: "invalid_amount"; from: CurrencyCode; to: CurrencyCode; digits: number }
  | { status: "no_rate"; from: CurrencyCode; to: CurrencyCode; amountMinor: bigint }
  | { status: "converted"; from: CurrencyCode; to: CurrencyCode; amountMinor: bigint; resultMinor: bigint; found: FoundRate };

/**
 * The converter of the FX page: an amount typed in the locale's format, converted at the
 * rate in force now exactly as a quote comparison will convert it. Unknown currency codes
 * fall back to the defaults rather than failing, as the values come from a URL.
 */
export async function previewFxConversion(
  client: FxClient,
  raw: { amount?: string; from?: string; to?: string },
  locale: Locale,
  defaults: { from: CurrencyCode; to: CurrencyCode } = { from: "KZT", to: "CNY" },
): Promise<FxConversionPreview> {
  const from = isCurrencyCode(raw.from) ? raw.from : defaults.from;
  const to = isCurrencyCode(raw.to) ? raw.to : defaults.to;
  const decimal = parseLocaleDecimal(raw.amount ?? "", locale);
  const amountMinor = decimal === null ? null : decimalToMinor(decimal, from);
  if (amountMinor === null || amountMinor <= 0n) return { status: "invalid_amount", from, to, digits: currencyExponent[from] };
  const found = await findRate(client, from, to);
  if (!found) return { status: "no_rate", from, to, amountMinor };
  return { status: "converted", from, to, amountMinor, resultMinor: convertMinor(amountMinor, from, to, found.rate), found };
}
