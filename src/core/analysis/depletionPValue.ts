/**
 * ln(n!) for n = 0..max, summed once so that each hypergeometric term costs a few additions.
 * `Math.log` is fine here: analysis results are shown, never written into a map file, so they
 * need not be byte-identical across engines as the pipeline's arithmetic must be.
 */
export function logFactorials(max: number): Float64Array {
  const table = new Float64Array(max + 1);
  for (let i = 2; i <= max; i++) table[i] = table[i - 1] + Math.log(i);
  return table;
}

/**
 * One-sided (depletion) Fisher exact test: ln P(X ≤ k) for X ~ Hypergeometric(N, a, b), the
 * number of papers holding both of two terms found in a and b of N papers, if the terms were
 * placed independently. `lf` is `logFactorials(N)` or longer.
 *
 * P(X = x) = C(a, x) · C(N − a, b − x) / C(N, b); the lower tail is summed in log space
 * (log-sum-exp), so a p-value of 1e-400 is still ranked correctly instead of becoming 0.
 */
export function logDepletionPValue(lf: Float64Array, N: number, a: number, b: number, k: number): number {
  if (a < 0 || b < 0 || a > N || b > N) throw new RangeError(`logDepletionPValue: a=${a}, b=${b} outside 0..${N}`);
  const lo = Math.max(0, a + b - N);
  const hi = Math.min(a, b, k);
  if (hi < lo) return -Infinity;
  if (k >= Math.min(a, b)) return 0;
  const denominator = lf[N] - lf[b] - lf[N - b];
  const terms: number[] = [];
  let max = -Infinity;
  for (let x = lo; x <= hi; x++) {
    const t = lf[a] - lf[x] - lf[a - x] + (lf[N - a] - lf[b - x] - lf[N - a - b + x]) - denominator;
    terms.push(t);
    if (t > max) max = t;
  }
  let sum = 0;
  for (const t of terms) sum += Math.exp(t - max);
  return Math.min(0, max + Math.log(sum));
}
