const maxLength = 64;
let previous = new Int32Array(maxLength + 1);
let current = new Int32Array(maxLength + 1);
let beforePrevious = new Int32Array(maxLength + 1);

/**
 * Optimal-string-alignment distance (Levenshtein plus adjacent transposition), giving up as soon
 * as it must exceed `max`: then returns max + 1. Called for thousands of dictionary terms per
 * query, so it reuses its rows and only fills the diagonal band of width 2·max + 1.
 */
export function boundedEditDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a === b) return 0;
  if (a.length > maxLength || b.length > maxLength) return max + 1;
  const n = a.length;
  const m = b.length;
  const big = max + 1;
  for (let j = 0; j <= m; j++) previous[j] = j <= max ? j : big;
  for (let i = 1; i <= n; i++) {
    const from = Math.max(1, i - max);
    const to = Math.min(m, i + max);
    current[0] = i <= max ? i : big;
    if (from > 1) current[from - 1] = big;
    let rowMin = current[0]!;
    const ca = a.charCodeAt(i - 1);
    for (let j = from; j <= to; j++) {
      const cb = b.charCodeAt(j - 1);
      let value = Math.min(previous[j - 1]! + (ca === cb ? 0 : 1), previous[j]! + 1, current[j - 1]! + 1);
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) value = Math.min(value, beforePrevious[j - 2]! + 1);
      current[j] = value > big ? big : value;
      if (value < rowMin) rowMin = value;
    }
    if (to < m) current[to + 1] = big;
    if (rowMin > max) return big;
    [beforePrevious, previous, current] = [previous, current, beforePrevious];
  }
  return Math.min(previous[m]!, big);
}
