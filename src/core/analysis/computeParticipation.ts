import type { CooccurrenceTable } from './countCooccurrences';

export interface Participation {
  /** Per keyword (map order): 1 − Σ_s (k_is / k_i)², k_is = co-occurrences with keywords of cluster s. */
  keywords: Float64Array;
  /** Per paper (map order): 1 − Σ_s (w_ps / w_p)², w_ps = link weight to keywords of cluster s. */
  papers: Float64Array;
  /** Number of clusters C; the coefficient's ceiling is 1 − 1/C. */
  clusterCount: number;
}

/**
 * How much each node's ties spread over clusters: the participation coefficient of Guimerà and
 * Amaral (Nature 433, 2005), 0 when every tie stays in one cluster, towards 1 − 1/C when they are
 * spread evenly over C clusters. Betweenness would need all shortest paths (O(V·E)); this needs
 * one pass over the papers' keyword pairs. A node without ties scores 0.
 */
export function computeParticipation(table: CooccurrenceTable): Participation {
  const clusterIds = [...new Set(table.map.clusters.map((c) => c.id).concat(Array.from(table.keywordCluster)))].sort(
    (a, b) => a - b,
  );
  const slot = new Map<number, number>();
  clusterIds.forEach((c, i) => slot.set(c, i));
  const C = clusterIds.length;
  const K = table.keywordIds.length;
  const keywordSlot = Int32Array.from(table.keywordCluster, (c) => slot.get(c) ?? 0);

  // k_is for every keyword i and cluster slot s, from every pair of keywords on a paper.
  const ties = new Float64Array(K * C);
  for (const ks of table.paperKeywords) {
    for (let a = 0; a < ks.length; a++) {
      for (let b = a + 1; b < ks.length; b++) {
        ties[ks[a] * C + keywordSlot[ks[b]]]++;
        ties[ks[b] * C + keywordSlot[ks[a]]]++;
      }
    }
  }
  const keywords = new Float64Array(K);
  for (let i = 0; i < K; i++) keywords[i] = coefficient(ties, i * C, C);

  const papers = new Float64Array(table.paperKeywords.length);
  const row = new Float64Array(C);
  table.paperKeywords.forEach((ks, p) => {
    row.fill(0);
    const ws = table.paperWeights[p];
    for (let x = 0; x < ks.length; x++) row[keywordSlot[ks[x]]] += ws[x];
    papers[p] = coefficient(row, 0, C);
  });
  return { keywords, papers, clusterCount: C };
}

function coefficient(values: Float64Array, start: number, length: number): number {
  let total = 0;
  for (let s = 0; s < length; s++) total += values[start + s];
  if (total <= 0) return 0;
  let sum = 0;
  for (let s = 0; s < length; s++) sum += (values[start + s] / total) ** 2;
  return Math.max(0, 1 - sum);
}
