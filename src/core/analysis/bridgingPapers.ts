import type { CooccurrenceTable } from './countCooccurrences';

export interface BridgingPaper {
  paperId: string;
  /** Share of the paper's link weight on the less represented of the two sides (0..0.5]. */
  balance: number;
}

/**
 * Per paper, its link weight on each cluster's keywords. A paper "touches" a cluster when one of
 * its keywords lies there; its own cluster alone does not count, since Louvain put every paper in
 * exactly one cluster and the question is which themes its text actually combines.
 */
export function paperClusterWeights(table: CooccurrenceTable, paper: number): Map<number, number> {
  const weights = new Map<number, number>();
  const ks = table.paperKeywords[paper];
  const ws = table.paperWeights[paper];
  for (let i = 0; i < ks.length; i++) {
    const c = table.keywordCluster[ks[i]];
    weights.set(c, (weights.get(c) ?? 0) + ws[i]);
  }
  return weights;
}

/**
 * The papers whose keywords fall in both clusters, the most even mix first (the smaller side's
 * share of the paper's link weight), ties by id. `limit` caps the list.
 */
export function bridgingPapers(table: CooccurrenceTable, clusterA: number, clusterB: number, limit = Infinity): BridgingPaper[] {
  return rankBridges(table, (p) => paperClusterWeights(table, p), clusterA, clusterB, limit);
}

/**
 * `bridgingPapers` over cluster weights the caller already has (`weightsOf(p)`), so that listing
 * the bridges of every cluster pair computes each paper's weights once, not once per pair.
 */
export function rankBridges(
  table: CooccurrenceTable,
  weightsOf: (paper: number) => ReadonlyMap<number, number>,
  clusterA: number,
  clusterB: number,
  limit = Infinity,
): BridgingPaper[] {
  const found: BridgingPaper[] = [];
  table.map.papers.forEach((paper, p) => {
    const weights = weightsOf(p);
    const a = weights.get(clusterA) ?? 0;
    const b = weights.get(clusterB) ?? 0;
    if (a <= 0 || b <= 0) return;
    let total = 0;
    for (const w of weights.values()) total += w;
    found.push({ paperId: paper.id, balance: Math.min(a, b) / total });
  });
  found.sort((x, y) => y.balance - x.balance || (x.paperId < y.paperId ? -1 : x.paperId > y.paperId ? 1 : 0));
  return found.slice(0, limit);
}

/** Papers holding both keywords (indices into the table), strongest links first, ties by id. */
export function papersWithBoth(table: CooccurrenceTable, a: number, b: number, limit = Infinity): string[] {
  const pa = table.keywordPapers[a];
  const pb = table.keywordPapers[b];
  const both: Array<{ id: string; weight: number }> = [];
  // Both lists ascend by paper index: a merge walk.
  for (let i = 0, j = 0; i < pa.length && j < pb.length; ) {
    if (pa[i] < pb[j]) i++;
    else if (pa[i] > pb[j]) j++;
    else {
      const p = pa[i];
      const ks = table.paperKeywords[p];
      const ws = table.paperWeights[p];
      let weight = 0;
      for (let x = 0; x < ks.length; x++) if (ks[x] === a || ks[x] === b) weight += ws[x];
      both.push({ id: table.map.papers[p].id, weight });
      i++;
      j++;
    }
  }
  both.sort((x, y) => y.weight - x.weight || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  return both.slice(0, limit).map((e) => e.id);
}
