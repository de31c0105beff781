import type { ClusterName } from './curation';
import { termKey } from '../keywords';
import type { MapCluster } from '../map';

/**
 * Gives renamed clusters their names, after clustering and labelling. A rename is keyed by the
 * top keyword the cluster had when it was renamed, because cluster ids are only ranks and change
 * when the map is rebuilt: the cluster whose first topKeyword has the same vocabulary key
 * (termKey) takes the name as its label. When that keyword heads no cluster any more, nothing
 * changes (the rename stays in the curation for a later build); when it heads two, the larger
 * (lower id) cluster takes the name, so no two clusters share it. Changes `clusters` in place.
 */
export function applyClusterNames(clusters: MapCluster[], clusterNames: ClusterName[]): void {
  if (clusterNames.length === 0) return;
  const names = new Map<string, string>();
  for (const { keyword, name } of clusterNames) {
    const key = termKey(keyword);
    if (key !== '' && name.trim() !== '' && !names.has(key)) names.set(key, name.trim());
  }
  const byId = [...clusters].sort((a, b) => a.id - b.id);
  for (const cluster of byId) {
    const top = cluster.topKeywords[0];
    if (top === undefined) continue;
    const key = termKey(top);
    const name = names.get(key);
    if (name === undefined) continue;
    cluster.label = name;
    names.delete(key);
  }
}
