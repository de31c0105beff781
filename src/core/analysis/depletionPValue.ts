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
 * P(X = x) = C(a, x) · C(N − a, b − x) / C(N, b). The tail is summed from x = k downwards by the
 * ratio P(x − 1) / P(x) = x (N − a − b + x) / ((a − x + 1)(b − x + 1)): below the mean the terms
 * shrink at least geometrically, so the sum stops once they no longer change it, and only P(k)
 * is taken in log space, so a p-value of 1e-400 is still ranked correctly instead of becoming 0.
 */
export function logDepletionPValue(lf: Float64Array, N: number, a: number, b: number, k: number): number {
  if (a < 0 || b < 0 || a > N || b > N) throw new RangeError(`logDepletionPValue: a=${a}, b=${b} outside 0..${N}`);
  const lo = Math.max(0, a + b - N);
  if (k < lo) return -Infinity;
  if (k >= Math.min(a, b)) return 0;
  const logTop = lf[a] - lf[k] - lf[a - k] + (lf[N - a] - lf[b - k] - lf[N - a - b + k]) - (lf[N] - lf[b] - lf[N - b]);
  let sum = 1;
  let term = 1;
  for (let x = k; x > lo; x--) {
    term *= (x * (N - a - b + x)) / ((a - x + 1) * (b - x + 1));
    sum += term;
    if (term < 1e-17 * sum) break;
  }
  return Math.min(0, logTop + Math.log(sum));
}
