/**
 * Multiple testing for the gap search: Tarone's choice of the testable hypotheses and the
 * Benjamini–Hochberg adjustment, both in natural-log space (a depletion p-value can be 1e-400).
 */

/** A group of hypotheses sharing one lowest attainable p-value (pairs of keywords with the same margins). */
export interface MinimumPGroup {
  /** ln of the lowest p-value any outcome of these tests could give. */
  logMinP: number;
  /** How many hypotheses have it. */
  count: number;
}

/**
 * Tarone's (1990) number of testable hypotheses for discrete tests at level `alpha`: the least
 * K ≥ 1 such that m(K) ≤ K, where m(K) counts the hypotheses whose lowest attainable p-value is at
 * most alpha / K. A hypothesis that could not reach alpha / K even with its most extreme outcome
 * can never be rejected, so leaving it out costs nothing and makes the correction milder. Used with
 * Benjamini–Hochberg over those m(K) hypotheses as Gilbert (2005, *Applied Statistics* 54(1))
 * does. Returns ln(alpha / K), the cut-off a hypothesis's lowest p must not exceed, and m(K).
 */
export function taroneCutoff(groups: readonly MinimumPGroup[], alpha: number): { logCutoff: number; testable: number } {
  const sorted = groups.filter((g) => g.count > 0).sort((u, v) => u.logMinP - v.logMinP);
  let total = 0;
  for (const g of sorted) total += g.count;
  const logAlpha = Math.log(alpha);
  // Walk K upwards; the hypotheses with lowest p ≤ alpha / K are a prefix of `sorted` that shrinks.
  let end = sorted.length;
  let within = total;
  for (let k = 1; ; k++) {
    const logCutoff = logAlpha - Math.log(k);
    while (end > 0 && sorted[end - 1].logMinP > logCutoff) {
      end--;
      within -= sorted[end].count;
    }
    if (within <= k) return { logCutoff, testable: within };
  }
}

/**
 * Benjamini–Hochberg adjusted p-values (q-values) in log space: q_(i) = min over j ≥ i of
 * p_(j) · m / j, at most 1, for `logP` (ln p of some of the m hypotheses tested; the others are
 * taken as p = 1, which only they could be ranked behind). Returns ln q in the order given.
 */
export function benjaminiHochbergLog(logP: readonly number[], m: number): number[] {
  const order = logP.map((_, i) => i).sort((u, v) => logP[u] - logP[v] || u - v);
  const logQ = new Array<number>(logP.length);
  const logM = Math.log(Math.max(1, m));
  let running = 0;
  for (let r = order.length - 1; r >= 0; r--) {
    const i = order[r];
    running = Math.min(running, logP[i] + logM - Math.log(r + 1));
    logQ[i] = running;
  }
  return logQ;
}
