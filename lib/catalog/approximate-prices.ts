import type { Db } from "@/lib/db/create-client";
import type { Locale } from "@/lib/i18n/config";
import { formatDate, formatMoney } from "@/lib/i18n/format";
import { getT } from "@/lib/i18n/server";
import type { CurrencyCode } from "@/lib/money/currencies";
import { approximateIn } from "@/lib/money/fx/approximate-in";

export type ApproximatePrice = { text: string; title: string };

/**
 * Prices in the reader's display currency, for showing next to the original ("≈ 43 683,90 KZT"):
 * keyed as asked, missing when the price is already in that currency or no rate exists. The
 * title says it is approximate and which day's rate it used.
 */
export async function approximatePrices(client: Db, items: { key: string; minor: bigint; currency: string }[], to: CurrencyCode, locale: Locale): Promise<Map<string, ApproximatePrice>> {
  const approximate = approximateIn(client, to);
  const t = getT(locale);
  const out = new Map<string, ApproximatePrice>();
  for (const item of items) {
    const approx = await approximate(item.minor, item.currency);
    if (approx) out.set(item.key, { text: `≈ ${formatMoney(locale, approx.minor, approx.currency)}`, title: t("money.approx_title", { date: formatDate(locale, approx.rate.effectiveAt) }) });
  }
  return out;
}
