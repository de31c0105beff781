import { paperClusterWeights, papersWithBoth } from './bridgingPapers';
import type { CooccurrenceTable } from './countCooccurrences';
import { logDepletionPValue, logFactorials } from './depletionPValue';
import { benjaminiHochbergLog, type MinimumPGroup, taroneCutoff } from './multipleTesting';

/** Tuning of the gap search, in one place. */
export interface GapOptions {
  /** Most keyword pairs listed, best first (of those significant at `fdr`). */
  top: number;
  /**
   * Least papers each keyword of a pair needs. Tarone's rule already leaves out pairs too rare to
   * ever be significant; this only saves time.
   */
  minPapers: number;
  /** Bridging papers listed per pair. */
  bridges: number;
  /**
   * Most pairs one keyword may take in the list: a very common term ("patients") is significantly
   * apart from dozens of others and would fill the whole list with one gap seen many times.
   */
  perKeyword: number;
  /**
   * False discovery rate (Benjamini–Hochberg) a listed pair must pass: q ≤ fdr. 0.05 by default;
   * more than 0 and less than 1.
   */
  fdr: number;
}

export const GAP_DEFAULTS: Readonly<GapOptions> = { top: 20, minPapers: 2, bridges: 5, perKeyword: 3, fdr: 0.05 };

interface PairStatistics {
  /** Papers holding both. */
  observed: number;
  /** Expected under independence: n_a · n_b / N. */
  expected: number;
  /** The one-sided Fisher exact p-value P(X ≤ observed) (0 when it is below the smallest double). */
  p: number;
  /** log10 of p, exact far below 1e-308. */
  log10P: number;
  /** Benjamini–Hochberg adjusted p-value (q-value) over the pairs tested; 1 for a pair not tested. */
  q: number;
  /** log10 of q. */
  log10Q: number;
  /** q ≤ the report's false discovery rate and fewer papers together than expected. */
  significant: boolean;
  /** Ids of papers that hold both sides, most bridging first. */
  bridges: string[];
}

export interface KeywordGap extends PairStatistics {
  a: string;
  b: string;
  termA: string;
  termB: string;
  clusterA: number;
  clusterB: number;
  papersA: number;
  papersB: number;
}

export interface ClusterPair extends PairStatistics {
  a: number;
  b: number;
  labelA: string;
  labelB: string;
  papersA: number;
  papersB: number;
}

export interface GapReport {
  /** Papers on the map (N). */
  papers: number;
  /** The false discovery rate a gap has to pass (q ≤ fdr). */
  fdr: number;
  /** Least papers each keyword of a pair needed. */
  minPapers: number;
  /** Most keyword pairs listed, and most of them one keyword may take. */
  top: number;
  perKeyword: number;
  /** Pairs of keywords each in at least `minPapers` papers. */
  keywordPairs: number;
  /**
   * Of those, the pairs tested (m of Benjamini–Hochberg): those whose lowest attainable p-value
   * passes Tarone's cut-off, i.e. that could be significant at all.
   */
  keywordPairsTested: number;
  /** Tested pairs with q ≤ fdr (before `top` and `perKeyword` cut the list). */
  keywordPairsSignificant: number;
  /** Significant keyword pairs (q ≤ fdr), most significant first, at most `top`. */
  keywords: KeywordGap[];
  /**
   * Every pair of clusters, most significantly depleted first (gaps have observed < expected and
   * are `significant` when their q, Benjamini–Hochberg over the cluster pairs, is ≤ fdr); a paper
   * counts for a cluster when one of its keywords lies there.
   */
  clusters: ClusterPair[];
}

const LOG10 = Math.LN10;

/**
 * Research gaps: pairs of keywords (and of clusters) that are each frequent but appear together
 * significantly less often than chance would have them. Under independence the number of papers
 * holding both of two terms found in a and b of N papers is hypergeometric; the significance of a
 * shortfall is the one-sided Fisher exact p-value P(X ≤ observed). Thousands of pairs are tested
 * at once, so a pair is listed only when its Benjamini–Hochberg q-value is at most `fdr`. Which
 * pairs count as tested follows Tarone: a pair whose margins could not give a small enough p even
 * with no paper in common (two terms of 4 papers each among 97: p ≥ 0.84) is left out, so that it
 * does not dilute the correction for the pairs that can be significant. Pure and deterministic.
 */
export function computeGaps(table: CooccurrenceTable, options: Partial<GapOptions> = {}): GapReport {
  const { top, minPapers, bridges, perKeyword, fdr } = { ...GAP_DEFAULTS, ...options };
  if (!(fdr > 0 && fdr < 1)) throw new RangeError(`computeGaps: fdr must be between 0 and 1, got ${fdr}`);
  const N = table.paperCount;
  const lf = logFactorials(N);
  const K = table.keywordIds.length;
  const frequent: number[] = [];
  for (let i = 0; i < K; i++) if (table.occurrences[i] >= minPapers) frequent.push(i);

  // The lowest attainable p of a pair depends on its margins alone: group the pairs by them (a map
  // of 3,000 keywords has 4.5 million pairs but a few thousand distinct margins).
  const byCount = new Map<number, number>();
  for (const i of frequent) byCount.set(table.occurrences[i], (byCount.get(table.occurrences[i]) ?? 0) + 1);
  const counts = [...byCount.keys()].sort((u, v) => u - v);
  const minP = new Map<number, number>();
  const groups: MinimumPGroup[] = [];
  let keywordPairs = 0;
  for (let x = 0; x < counts.length; x++) {
    for (let y = x; y < counts.length; y++) {
      const a = counts[x];
      const b = counts[y];
      const ha = byCount.get(a)!;
      const pairs = x === y ? (ha * (ha - 1)) / 2 : ha * byCount.get(b)!;
      if (pairs === 0) continue;
      const logMinP = logDepletionPValue(lf, N, a, b, Math.max(0, a + b - N));
      minP.set(a * (N + 1) + b, logMinP);
      groups.push({ logMinP, count: pairs });
      keywordPairs += pairs;
    }
  }
  const { logCutoff, testable } = taroneCutoff(groups, fdr);
  const testableMargins = (a: number, b: number): boolean =>
    (minP.get(Math.min(a, b) * (N + 1) + Math.max(a, b)) ?? 0) <= logCutoff;

  // Only tested pairs below expectation can be gaps; keep their indices and ln p in flat arrays.
  // The tested pairs at or above expectation count in m with p taken as 1 (not gaps whatever
  // their exact p, and never ranked before a gap).
  const pairA: number[] = [];
  const pairB: number[] = [];
  const pairLogP: number[] = [];
  const pairExpected: number[] = [];
  for (let x = 0; x < frequent.length; x++) {
    const i = frequent[x];
    const ni = table.occurrences[i];
    for (let y = x + 1; y < frequent.length; y++) {
      const j = frequent[y];
      const nj = table.occurrences[j];
      if (!testableMargins(ni, nj)) continue;
      const expected = (ni * nj) / N;
      const observed = table.pairCount(i, j);
      if (observed >= expected) continue;
      pairA.push(i);
      pairB.push(j);
      // Margins in one order, so that equal pairs get bit-equal p-values and tie as they should.
      pairLogP.push(logDepletionPValue(lf, N, Math.min(ni, nj), Math.max(ni, nj), observed));
      pairExpected.push(expected);
    }
  }
  const pairLogQ = benjaminiHochbergLog(pairLogP, testable);
  const logFdr = Math.log(fdr);
  const order: number[] = [];
  for (let n = 0; n < pairA.length; n++) if (pairLogQ[n] <= logFdr) order.push(n);
  const ids = table.keywordIds;
  order.sort(
    (u, v) =>
      pairLogP[u] - pairLogP[v] ||
      pairExpected[v] - pairExpected[u] ||
      compare(ids[pairA[u]], ids[pairA[v]]) ||
      compare(ids[pairB[u]], ids[pairB[v]]),
  );
  const keywords = table.map.keywords;
  const used = new Int32Array(K);
  const chosen: number[] = [];
  for (const n of order) {
    if (chosen.length >= top) break;
    if (used[pairA[n]] >= perKeyword || used[pairB[n]] >= perKeyword) continue;
    used[pairA[n]]++;
    used[pairB[n]]++;
    chosen.push(n);
  }
  const keywordGaps = chosen.map((n): KeywordGap => {
    const i = pairA[n];
    const j = pairB[n];
    return {
      a: ids[i],
      b: ids[j],
      termA: keywords[i].term,
      termB: keywords[j].term,
      clusterA: keywords[i].cluster,
      clusterB: keywords[j].cluster,
      papersA: table.occurrences[i],
      papersB: table.occurrences[j],
      observed: table.pairCount(i, j),
      expected: pairExpected[n],
      ...probabilities(pairLogP[n], pairLogQ[n], true),
      bridges: papersWithBoth(table, i, j, bridges),
    };
  });

  return {
    papers: N,
    fdr,
    minPapers,
    top,
    perKeyword,
    keywordPairs,
    keywordPairsTested: testable,
    keywordPairsSignificant: order.length,
    keywords: keywordGaps,
    clusters: clusterPairs(table, lf, bridges, fdr),
  };
}

/** p and q from their natural logs, with their log10s and whether the pair is a significant gap. */
function probabilities(logP: number, logQ: number, significant: boolean) {
  return { p: Math.exp(logP), log10P: logP / LOG10, q: Math.exp(logQ), log10Q: logQ / LOG10, significant };
}

function clusterPairs(table: CooccurrenceTable, lf: Float64Array, bridges: number, fdr: number): ClusterPair[] {
  const N = table.paperCount;
  const clusters = table.map.clusters;
  // Each paper's cluster weights and their total, once; then each pair walks only the papers
  // touching both of its clusters.
  const weights = Array.from({ length: N }, (_, p) => paperClusterWeights(table, p));
  const totals = weights.map((w) => {
    let t = 0;
    for (const v of w.values()) t += v;
    return t;
  });
  const touching = new Map<number, number[]>();
  for (const c of clusters) touching.set(c.id, []);
  for (let p = 0; p < N; p++) for (const c of weights[p].keys()) touching.get(c)?.push(p);
  const ids = table.map.papers.map((p) => p.id);
  const pairs: Array<Omit<ClusterPair, 'p' | 'log10P' | 'q' | 'log10Q' | 'significant'> & { logP: number }> = [];
  for (let x = 0; x < clusters.length; x++) {
    for (let y = x + 1; y < clusters.length; y++) {
      const A = clusters[x];
      const B = clusters[y];
      const sa = touching.get(A.id) ?? [];
      const sb = touching.get(B.id) ?? [];
      const [small, other] = sa.length <= sb.length ? [sa, B.id] : [sb, A.id];
      const both = small.filter((p) => weights[p].has(other));
      const observed = both.length;
      const expected = (sa.length * sb.length) / N;
      const logP = observed < expected ? logDepletionPValue(lf, N, sa.length, sb.length, observed) : 0;
      const ranked = both
        .map((p) => ({ id: ids[p], balance: Math.min(weights[p].get(A.id)!, weights[p].get(B.id)!) / totals[p] }))
        .sort((u, v) => v.balance - u.balance || compare(u.id, v.id));
      pairs.push({
        a: A.id,
        b: B.id,
        labelA: A.label,
        labelB: B.label,
        papersA: sa.length,
        papersB: sb.length,
        observed,
        expected,
        bridges: ranked.slice(0, bridges).map((r) => r.id),
        logP,
      });
    }
  }
  pairs.sort(
    (u, v) =>
      u.logP - v.logP ||
      u.observed / Math.max(u.expected, 1e-12) - v.observed / Math.max(v.expected, 1e-12) ||
      u.a - v.a ||
      u.b - v.b,
  );
  // Benjamini–Hochberg over every cluster pair (a pair at or above expectation has p = 1 here).
  const logQ = benjaminiHochbergLog(
    pairs.map((p) => p.logP),
    pairs.length,
  );
  const logFdr = Math.log(fdr);
  return pairs.map(({ logP, ...pair }, n) => ({
    ...pair,
    ...probabilities(logP, logQ[n], pair.observed < pair.expected && logQ[n] <= logFdr),
  }));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
