import { weekEnd, weekIndexOf } from "./weeks";

/*
 * The staff dashboard's weekly series, computed from plain rows so they can be checked
 * without a database. Weeks are UTC, Monday first (weeks.ts).
 */

export type ResponseTimePoint = { weekStart: Date; responses: number; medianHours: number | null };

/** The median of numbers; an even count averages the middle two. */
export function median(values: readonly number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * Median RFQ response time per week: for each supplier that answered, its first offer's time
 * minus the time the RFQ reached it, counted in the week of the offer.
 */
export function responseTimeSeries(weeks: readonly Date[], responses: readonly { receivedAt: Date; offeredAt: Date }[]): ResponseTimePoint[] {
  const hours: number[][] = weeks.map(() => []);
  for (const response of responses) {
    const index = weekIndexOf(weeks, response.offeredAt);
    if (index >= 0) hours[index]!.push(Math.max(0, response.offeredAt.getTime() - response.receivedAt.getTime()) / 3_600_000);
  }
  return weeks.map((weekStart, index) => ({ weekStart, responses: hours[index]!.length, medianHours: median(hours[index]!) }));
}

export type BacklogPoint = { weekStart: Date; submitted: number; decided: number; openAtEnd: number };

/**
 * Verification requests submitted and decided each week, and how many were waiting for a
 * decision when the week ended (for the current week: now, as nothing is decided in the future).
 */
export function verificationBacklogSeries(weeks: readonly Date[], requests: readonly { submittedAt: Date; decidedAt: Date | null }[]): BacklogPoint[] {
  return weeks.map((weekStart) => {
    const end = weekEnd(weekStart);
    const within = (at: Date | null) => at !== null && at >= weekStart && at < end;
    return {
      weekStart,
      submitted: requests.filter((request) => within(request.submittedAt)).length,
      decided: requests.filter((request) => within(request.decidedAt)).length,
      openAtEnd: requests.filter((request) => request.submittedAt < end && (request.decidedAt === null || request.decidedAt >= end)).length,
    };
  });
}
