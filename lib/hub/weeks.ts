const dayMs = 86_400_000;
const weekMs = 7 * dayMs;

/** Monday 00:00 UTC of the week `date` falls in (ISO weeks; the hub's charts are in UTC). */
export function startOfUtcWeek(date: Date): Date {
  const midnight = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
  const sinceMonday = (new Date(midnight).getUTCDay() + 6) % 7;
  return new Date(midnight - sinceMonday * dayMs);
}

/** The starts of the last `count` weeks, oldest first, the current (unfinished) week last. */
export function lastWeeks(now: Date, count: number): Date[] {
  const current = startOfUtcWeek(now).getTime();
  return Array.from({ length: count }, (_, index) => new Date(current - (count - 1 - index) * weekMs));
}

export function weekEnd(weekStart: Date): Date {
  return new Date(weekStart.getTime() + weekMs);
}

/** Which of `weeks` (starts, ascending, contiguous) holds `at`; -1 when none. */
export function weekIndexOf(weeks: readonly Date[], at: Date): number {
  const first = weeks[0];
  if (!first) return -1;
  const index = Math.floor((at.getTime() - first.getTime()) / weekMs);
  return index >= 0 && index < weeks.length ? index : -1;
}
