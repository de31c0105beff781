/** First, peak and mean year of a yearly series (counts[i] is the count of year firstYear + i). */
export interface YearStats {
  /** Papers counted (dated ones). */
  total: number;
  first: number;
  last: number;
  /** The year with the most papers; the earliest of ties. */
  peak: number;
  mean: number;
}

/** Stats of a series, or undefined when it counts nothing (no dated papers). */
export function yearStats(counts: ArrayLike<number>, firstYear: number): YearStats | undefined {
  let total = 0;
  let sum = 0;
  let first = -1;
  let last = -1;
  let peak = -1;
  for (let i = 0; i < counts.length; i++) {
    const n = counts[i];
    if (n <= 0) continue;
    if (first < 0) first = i;
    last = i;
    if (peak < 0 || n > counts[peak]) peak = i;
    total += n;
    sum += n * (firstYear + i);
  }
  if (total === 0) return undefined;
  return { total, first: firstYear + first, last: firstYear + last, peak: firstYear + peak, mean: sum / total };
}
