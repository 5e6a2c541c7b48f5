/**
 * Small, pure helpers that turn raw trust figures into the units the pages show. Kept apart
 * from the queries so they can be unit-tested without a database.
 */

/** Below this many cases a share or a median says more about luck than about the supplier. */
export const minimumSample = 3;

/** A share of cases: `count` of `of`. `rate` (0…1) is null while `of` is below `minimumSample`. */
export type RateSignal = { count: number; of: number; rate: number | null };

export function rateSignal(count: number, of: number): RateSignal {
  return { count, of, rate: of >= minimumSample && of > 0 ? count / of : null };
}

/** Whole years from `since` to `now` (calendar years, UTC): 0 until the first anniversary. */
export function fullYearsBetween(since: Date, now: Date): number {
  let years = now.getUTCFullYear() - since.getUTCFullYear();
  const anniversary = new Date(since.getTime());
  anniversary.setUTCFullYear(since.getUTCFullYear() + years);
  if (anniversary.getTime() > now.getTime()) years -= 1;
  return Math.max(0, years);
}

export type ResponseTimeUnit = { unit: "under_hour" } | { unit: "hours" | "days"; count: number };

/**
 * A response time in words-ready units: under an hour, whole hours up to two days (rounded),
 * then whole days (rounded). "36 hours" reads better than "1.5 days"; "5 days" better than
 * "120 hours".
 */
export function responseTimeUnit(seconds: number): ResponseTimeUnit {
  const hours = seconds / 3600;
  if (hours < 1) return { unit: "under_hour" };
  if (hours < 48) return { unit: "hours", count: Math.round(hours) };
  return { unit: "days", count: Math.round(hours / 24) };
}
