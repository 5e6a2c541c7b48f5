/**
 * Whether a rate that took effect at `effectiveAt` is too old to trust at `at`. The age
 * limit is FX_STALE_HOURS; the caller passes it so that this stays a pure function.
 */
export function isStaleRate(effectiveAt: Date, at: Date, staleAfterHours: number): boolean {
  return at.getTime() - effectiveAt.getTime() > staleAfterHours * 3_600_000;
}
