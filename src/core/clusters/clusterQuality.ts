import type { MapGraph } from '../graph';
import type { Clustering } from './detectClusters';

export interface ClusterQuality {
  /**
   * Newman's modularity of the clustering on the map's paper–keyword links (weighted): the share
   * of link weight inside clusters minus the share expected if links fell at random with the
   * same degrees. Gephi and CiteSpace report it; above about 0.3 a map has real structure.
   */
  modularity: number;
  /**
   * Per cluster: the share of the link weight touching its papers and keywords that stays inside
   * it (1: a world of its own, near 0: its nodes mostly link elsewhere).
   */
  cohesion: number[];
}

/** Quality figures of a clustering, computed on the links the map shows. Rounded to 4 decimals. */
export function clusterQuality(graph: MapGraph, clustering: Clustering): ClusterQuality {
  const k = clustering.clusterCount;
  const inside = new Float64Array(k);
  const degree = new Float64Array(k);
  let total = 0;
  for (const link of graph.links) {
    const a = clustering.paperCluster[link.paper];
    const b = clustering.keywordCluster[link.keyword];
    total += link.weight;
    degree[a] += link.weight;
    degree[b] += link.weight;
    if (a === b) inside[a] += link.weight;
  }
  let modularity = 0;
  const cohesion: number[] = [];
  for (let c = 0; c < k; c++) {
    if (total > 0) modularity += inside[c] / total - (degree[c] / (2 * total)) ** 2;
    // Links touching the cluster: its inside links count at both ends, so take them once.
    const touching = degree[c] - inside[c];
    cohesion.push(round4(touching > 0 ? inside[c] / touching : 0));
  }
  return { modularity: round4(modularity), cohesion };
}

function round4(x: number): number {
  return Math.round(x * 10000) / 10000;
}
