import type { CooccurrenceTable } from './countCooccurrences';

export type Quadrant = 'motor' | 'basic' | 'niche' | 'emerging';

/** bibliometrix's names of the four quadrants of a strategic diagram. */
export const QUADRANT_NAMES: Readonly<Record<Quadrant, string>> = {
  motor: 'Motor themes',
  basic: 'Basic themes',
  niche: 'Niche themes',
  emerging: 'Emerging or declining themes',
};

export interface Theme {
  cluster: number;
  label: string;
  /** Papers in the cluster (bubble size). */
  papers: number;
  /** Keyword nodes in the cluster (n_c). */
  keywords: number;
  /** Callon centrality: Σ e_ij over pairs with i in the cluster and j outside. */
  centrality: number;
  /** Callon density: 100 · Σ e_ij over pairs inside the cluster / n_c. */
  density: number;
  /** 1-based ranks among the themes (ties share their mean rank), as bibliometrix plots them. */
  centralityRank: number;
  densityRank: number;
  quadrant: Quadrant;
  /** Mean year of the cluster's papers that have one; null when none has. */
  meanYear: number | null;
}

export interface ThematicMap {
  themes: Theme[];
  /** Where the quadrant lines cross: the mean of the ranks, (n + 1) / 2. */
  centralityMid: number;
  densityMid: number;
}

/**
 * A strategic diagram of the clusters, computed as bibliometrix's `thematicMap` does (after Cobo
 * et al. 2011 and Callon et al. 1991): on the keyword co-occurrence network normalised by
 * association strength e_ij = c_ij / (c_i · c_j), a cluster's centrality sums its external ties
 * and its density its internal ties per keyword, × 100; both are then replaced by their ranks and
 * the quadrants split at the mean rank. Clusters with no keyword are left out (they have no ties).
 * Unlike bibliometrix, which sums each external pair once under the cluster of its first word, an
 * external tie counts for both of its clusters, as Callon defines it.
 */
export function computeThematicMap(table: CooccurrenceTable): ThematicMap {
  const K = table.keywordIds.length;
  const external = new Map<number, number>();
  const internal = new Map<number, number>();
  const size = new Map<number, number>();
  for (let i = 0; i < K; i++) size.set(table.keywordCluster[i], (size.get(table.keywordCluster[i]) ?? 0) + 1);
  for (let i = 0; i < K; i++) {
    const ci = table.keywordCluster[i];
    const oi = table.occurrences[i];
    if (oi === 0) continue;
    for (let j = i + 1; j < K; j++) {
      const count = table.pairCount(i, j);
      if (count === 0) continue;
      const e = count / (oi * table.occurrences[j]);
      const cj = table.keywordCluster[j];
      if (ci === cj) internal.set(ci, (internal.get(ci) ?? 0) + e);
      else {
        external.set(ci, (external.get(ci) ?? 0) + e);
        external.set(cj, (external.get(cj) ?? 0) + e);
      }
    }
  }
  const years = new Map<number, { sum: number; n: number }>();
  for (const p of table.map.papers) {
    if (p.year === undefined) continue;
    const y = years.get(p.cluster) ?? { sum: 0, n: 0 };
    y.sum += p.year;
    y.n++;
    years.set(p.cluster, y);
  }
  const clusters = table.map.clusters.filter((c) => (size.get(c.id) ?? 0) > 0);
  const centrality = clusters.map((c) => external.get(c.id) ?? 0);
  const density = clusters.map((c) => (100 * (internal.get(c.id) ?? 0)) / (size.get(c.id) ?? 1));
  const cRanks = ranks(centrality);
  const dRanks = ranks(density);
  const mid = (clusters.length + 1) / 2;
  const themes = clusters.map((c, n): Theme => {
    const y = years.get(c.id);
    const highC = cRanks[n] >= mid;
    const highD = dRanks[n] >= mid;
    return {
      cluster: c.id,
      label: c.label,
      papers: c.size,
      keywords: size.get(c.id) ?? 0,
      centrality: centrality[n],
      density: density[n],
      centralityRank: cRanks[n],
      densityRank: dRanks[n],
      quadrant: highC ? (highD ? 'motor' : 'basic') : highD ? 'niche' : 'emerging',
      meanYear: y ? y.sum / y.n : null,
    };
  });
  return { themes, centralityMid: mid, densityMid: mid };
}

/** 1-based ranks, ties sharing the mean of their ranks (R's `rank`, ties.method = "average"). */
export function ranks(values: readonly number[]): number[] {
  const order = values.map((_, i) => i).sort((a, b) => values[a] - values[b]);
  const result = new Array<number>(values.length);
  for (let start = 0; start < order.length; ) {
    let end = start + 1;
    // Equal up to rounding: sums of the same ties added in another order may differ in the last bit.
    while (
      end < order.length &&
      Math.abs(values[order[end]] - values[order[start]]) <= 1e-12 * Math.max(1, Math.abs(values[order[start]]))
    )
      end++;
    const rank = (start + 1 + end) / 2;
    for (let k = start; k < end; k++) result[order[k]] = rank;
    start = end;
  }
  return result;
}
