import { paperClusterWeights, papersWithBoth } from './bridgingPapers';
import type { CooccurrenceTable } from './countCooccurrences';
import { logDepletionPValue, logFactorials } from './depletionPValue';

/** Tuning of the gap search, in one place. */
export interface GapOptions {
  /** Keyword pairs reported, best first. */
  top: number;
  /**
   * Least papers each keyword of a pair needs. The p-value already keeps rare terms down (a pair
   * of terms in 2 papers each cannot be significantly apart), this only saves time.
   */
  minPapers: number;
  /** Bridging papers listed per pair. */
  bridges: number;
  /**
   * Most pairs one keyword may take in the list: a very common term ("patients") is significantly
   * apart from dozens of others and would fill the whole list with one gap seen many times.
   */
  perKeyword: number;
}

export const GAP_DEFAULTS: Readonly<GapOptions> = { top: 20, minPapers: 2, bridges: 5, perKeyword: 3 };

interface PairStatistics {
  /** Papers holding both. */
  observed: number;
  /** Expected under independence: n_a · n_b / N. */
  expected: number;
  /** log10 of the one-sided Fisher exact p-value P(X ≤ observed). */
  log10P: number;
  /** Bonferroni-adjusted p-value over every pair tested: min(1, p · m). */
  pAdjusted: number;
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
  /** Keyword pairs tested (m for the Bonferroni correction). */
  keywordPairsTested: number;
  /** Keyword pairs that co-occur less than expected, most significant first. */
  keywords: KeywordGap[];
  /**
   * Every pair of clusters, most significantly depleted first (gaps have observed < expected);
   * a paper counts for a cluster when one of its keywords lies there.
   */
  clusters: ClusterPair[];
}

const LOG10 = Math.LN10;

/**
 * Research gaps: pairs of keywords (and of clusters) that are each frequent but appear together
 * far less often than chance would have them. Under independence the number of papers holding
 * both of two terms found in a and b of N papers is hypergeometric; the significance of a shortfall
 * is the one-sided Fisher exact p-value P(X ≤ observed). Rare terms get p-values near 1 (they
 * could not be expected to meet), so they do not fill the list as raw "never together" counts do.
 */
export function computeGaps(table: CooccurrenceTable, options: Partial<GapOptions> = {}): GapReport {
  const { top, minPapers, bridges, perKeyword } = { ...GAP_DEFAULTS, ...options };
  const N = table.paperCount;
  const lf = logFactorials(N);
  const K = table.keywordIds.length;
  const frequent: number[] = [];
  for (let i = 0; i < K; i++) if (table.occurrences[i] >= minPapers) frequent.push(i);

  // Only pairs below expectation can be gaps; keep their indices and log p in flat arrays (a map
  // of 3,000 keywords has 4.5 million pairs).
  const pairA: number[] = [];
  const pairB: number[] = [];
  const pairLogP: number[] = [];
  const pairExpected: number[] = [];
  let tested = 0;
  for (let x = 0; x < frequent.length; x++) {
    const i = frequent[x];
    const ni = table.occurrences[i];
    for (let y = x + 1; y < frequent.length; y++) {
      const j = frequent[y];
      const nj = table.occurrences[j];
      tested++;
      const expected = (ni * nj) / N;
      const observed = table.pairCount(i, j);
      if (observed >= expected) continue;
      pairA.push(i);
      pairB.push(j);
      pairLogP.push(logDepletionPValue(lf, N, ni, nj, observed));
      pairExpected.push(expected);
    }
  }
  const order = pairA.map((_, n) => n);
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
      log10P: pairLogP[n] / LOG10,
      pAdjusted: adjusted(pairLogP[n], tested),
      bridges: papersWithBoth(table, i, j, bridges),
    };
  });

  return {
    papers: N,
    keywordPairsTested: tested,
    keywords: keywordGaps,
    clusters: clusterPairs(table, lf, bridges),
  };
}

function clusterPairs(table: CooccurrenceTable, lf: Float64Array, bridges: number): ClusterPair[] {
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
  const pairs: Array<ClusterPair & { logP: number }> = [];
  const m = (clusters.length * (clusters.length - 1)) / 2;
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
        log10P: logP / LOG10,
        pAdjusted: adjusted(logP, m),
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
  return pairs.map(({ logP: _, ...pair }) => pair);
}

function adjusted(logP: number, tests: number): number {
  return Math.min(1, Math.exp(logP) * Math.max(1, tests));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
