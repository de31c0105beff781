import { type Clustering, detectClusters, renumber } from '../clusters';
import type { MapGraph } from '../graph';
import type { BuildSettings, MapFile, MapLink } from '../map';
import { clustersFromMap } from './clustersFromMap';
import { sameGraph } from './keptLayout';
import { type ClusterMatch, matchClusters } from './matchClusters';

/**
 * The clustering of a curation edit (buildMap's `steady`): as close to the map on screen as the
 * edited graph allows, with the ids of the clusters it continues.
 *
 * - The same graph (a cluster renamed, an edit that changed nothing): the map's own clusters,
 *   exactly. Louvain, started from them or not, may move a few nodes, and a rename must not.
 * - Otherwise Louvain started from the map's clusters, an update's way: one removal then
 *   recoloured 2 of the seed map's 97 papers, where a fresh build recoloured 73.
 */
export function steadyClustering(
  steady: MapFile,
  graph: MapGraph,
  settings: Pick<BuildSettings, 'resolution' | 'seed'>,
  next: { paperIds: readonly string[]; keywordIds: readonly string[]; links: readonly MapLink[] },
): { clustering: Clustering; match: ClusterMatch } {
  const { paperIds, keywordIds } = next;
  const matchTo = (clustering: Clustering): ClusterMatch => matchClusters(steady, { paperIds, keywordIds, ...clustering });
  if (sameGraph(steady, next)) {
    const clustering = clusteringOfMap(steady, detectClusters(graph, settings));
    return { clustering, match: matchTo(clustering) };
  }
  const clustering = detectClusters(graph, settings, {}, clustersFromMap(steady, paperIds, keywordIds));
  return { clustering, match: matchTo(clustering) };
}

/**
 * The map's clusters as a Clustering of its own graph, numbered as detectClusters numbers them (by
 * papers, descending; ties by first member). What detectClusters leaves unclustered depends on the
 * graph alone (nodes without edges, islands too small to stand), so `fresh` says which nodes those are.
 */
function clusteringOfMap(map: MapFile, fresh: Clustering): Clustering {
  const n = map.papers.length;
  const UNCLUSTERED = -2;
  const community = [...map.papers.map((p) => p.cluster), ...map.keywords.map((k) => k.cluster)];
  const freshCluster = [...fresh.paperCluster, ...fresh.keywordCluster];
  for (let i = 0; i < community.length; i++) {
    if (fresh.unclustered >= 0 && freshCluster[i] === fresh.unclustered) community[i] = UNCLUSTERED;
  }
  return renumber(community, n, UNCLUSTERED);
}
