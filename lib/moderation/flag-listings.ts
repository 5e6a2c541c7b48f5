import { isCurrencyCode, type CurrencyCode } from "@/lib/money/currencies";
import { convertMinor } from "@/lib/money/fx/convert-minor";
import { findRate, type FoundRate } from "@/lib/money/fx/find-rate";
import type { FxClient } from "@/lib/money/fx/fx-client";
import { eacBuyerCountries } from "./hs-rules";
import { moderationFlags, priceOutlierBounds, type FlagContext, type FlaggableListing, type ModerationFlag } from "./moderation-flags";

export type CategoryMedian = { currency: CurrencyCode; medianTwiceMinor: bigint; sample: number };

/**
 * The median first-tier unit price of the published listings of each category, per currency
 * (percentile_cont in SQL), keeping the currency most of the category is priced in — listings
 * in another currency are converted to it, never mixed into the median unconverted. The
 * median is returned doubled so a midpoint between two minor units stays an exact integer.
 */
export async function categoryPriceMedians(client: FxClient, categoryIds: string[]): Promise<Map<string, CategoryMedian>> {
  const medians = new Map<string, CategoryMedian>();
  if (!categoryIds.length) return medians;
  const rows = await client.$queryRaw<{ categoryId: string; currency: string; sample: number; medianTwice: string }[]>`
    SELECT l."categoryId"::text AS "categoryId", l.currency, count(*)::int AS sample,
           (2 * percentile_cont(0.5) WITHIN GROUP (ORDER BY first_tier."unitPriceMinor"::float8))::bigint::text AS "medianTwice"
      FROM "Listing" l
      JOIN LATERAL (
        SELECT t."unitPriceMinor" FROM "ListingPriceTier" t WHERE t."listingId" = l.id ORDER BY t."minQty" LIMIT 1
      ) first_tier ON true
     WHERE l.status = 'PUBLISHED' AND l."categoryId" = ANY(${categoryIds}::uuid[])
     GROUP BY l."categoryId", l.currency
     ORDER BY l."categoryId", sample DESC, l.currency`;
  for (const row of rows) {
    if (medians.has(row.categoryId) || !isCurrencyCode(row.currency)) continue;
    medians.set(row.categoryId, { currency: row.currency, medianTwiceMinor: BigInt(row.medianTwice), sample: row.sample });
  }
  return medians;
}

export type PricedListing = FlaggableListing & { id: string; categoryId: string; currency: string; firstPriceMinor: bigint | null };

/**
 * Flags for many listings at once: one median query for all their categories and one rate
 * look-up per currency pair. A price in a currency without a rate to the median's currency
 * is not compared (no flag) rather than compared wrongly.
 */
export async function flagListings(client: FxClient, listings: PricedListing[], at = new Date()): Promise<Map<string, ModerationFlag[]>> {
  const medians = await categoryPriceMedians(client, [...new Set(listings.map((listing) => listing.categoryId))]);
  const rates = new Map<string, Promise<FoundRate | null>>();
  const rateFor = (from: CurrencyCode, to: CurrencyCode) => {
    const key = `${from}:${to}`;
    if (!rates.has(key)) rates.set(key, findRate(client, from, to, at));
    return rates.get(key)!;
  };
  const result = new Map<string, ModerationFlag[]>();
  for (const listing of listings) {
    const context: FlagContext = { price: null, eacCountries: eacBuyerCountries };
    const median = medians.get(listing.categoryId);
    if (median && median.sample >= priceOutlierBounds.minSample && listing.firstPriceMinor !== null && isCurrencyCode(listing.currency)) {
      const base = { currency: median.currency, medianTwiceMinor: median.medianTwiceMinor, sample: median.sample };
      if (listing.currency === median.currency) context.price = { ...base, priceMinor: listing.firstPriceMinor, original: null };
      else {
        const rate = await rateFor(listing.currency, median.currency);
        if (rate) {
          const original = { minor: listing.firstPriceMinor, currency: listing.currency, rate: rate.display };
          context.price = { ...base, priceMinor: convertMinor(listing.firstPriceMinor, listing.currency, median.currency, rate.rate), original };
        }
      }
    }
    result.set(listing.id, moderationFlags(listing, context));
  }
  return result;
}
