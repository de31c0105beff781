import type { MapFile } from '../map';

/**
 * The previous map's clusters as the start of the new map's clustering (detectClusters'
 * `initial`): node i < papers is paper i, then the keywords, in the new graph's order; each gets
 * its cluster in the previous map, or -1 if the previous map did not have it (new papers and
 * keywords start alone). The catch-all cluster (-1 in a map) starts nothing either.
 *
 * Starting from the old clusters is what keeps an update's clusters where they were: Louvain
 * from singletons finds a different optimum of about the same modularity for a slightly
 * different graph, and moved about 40% of CACM's papers to another cluster on a 10% update.
 */
export function clustersFromMap(previous: MapFile, paperIds: readonly string[], keywordIds: readonly string[]): Int32Array {
  const paperCluster = new Map(previous.papers.map((p) => [p.id, p.cluster]));
  const keywordCluster = new Map(previous.keywords.map((k) => [k.id, k.cluster]));
  const n = paperIds.length;
  const initial = new Int32Array(n + keywordIds.length).fill(-1);
  paperIds.forEach((id, i) => {
    const cluster = paperCluster.get(id);
    if (cluster !== undefined && cluster >= 0) initial[i] = cluster;
  });
  keywordIds.forEach((id, j) => {
    const cluster = keywordCluster.get(id);
    if (cluster !== undefined && cluster >= 0) initial[n + j] = cluster;
  });
  return initial;
}
