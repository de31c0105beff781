import type { MapCluster } from '../map';

/**
 * Gives each cluster that continues an old one (matchClusters' `matched`) the old cluster's label,
 * the name the user gave it included, so an update does not rename what the user knows. A name
 * the curation gives now (the label differs from `autoLabels`, the labels before applyClusterNames)
 * wins over the old one; but when that name is the label another cluster carries over, the carried
 * one keeps it and this cluster falls back to its own label, so no two clusters share a name.
 * `clusters`, `autoLabels` and `matched` are indexed by the clustering's own ids. Changes labels in place.
 */
export function carryClusterLabels(
  clusters: MapCluster[],
  autoLabels: readonly string[],
  previous: readonly MapCluster[],
  matched: readonly number[],
): void {
  const oldLabel = new Map(previous.map((c) => [c.id, c.label]));
  const named = clusters.map((cluster, c) => cluster.label !== autoLabels[c]);
  const carriedBy = new Map<string, number>();
  clusters.forEach((cluster, c) => {
    const label = matched[c] === -1 ? undefined : oldLabel.get(matched[c]);
    if (named[c] || label === undefined) return;
    cluster.label = label;
    carriedBy.set(label, c);
  });
  clusters.forEach((cluster, c) => {
    if (named[c] && carriedBy.has(cluster.label)) cluster.label = autoLabels[c];
  });
}
