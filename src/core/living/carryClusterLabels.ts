import { LABEL_SEPARATOR } from '../clusters';
import { termKey } from '../keywords';
import type { MapCluster } from '../map';

/** What decides whether an old name still fits (both optional: without them every old name is carried). */
export interface CarryContext {
  /** Names the user gave (the curations' clusterNames, trimmed): carried whatever the cluster holds now. */
  userNames?: ReadonlySet<string>;
  /** The vocabulary keys of each new cluster's keyword nodes (index: the clustering's own ids). */
  keywordKeys?: readonly ReadonlySet<string>[];
}

/**
 * Gives each cluster that continues an old one (matchClusters' `matched`) the old cluster's label,
 * so an update does not rename what the user knows. A name the user gave (in `userNames`) is
 * always carried. An automatic name is carried only while it still describes the cluster: every
 * term of it (by vocabulary key, so "contour maps" is still "contour map") is a keyword of the new
 * cluster; when a term left the map or now sits in another cluster, the cluster takes its own
 * label of this build (a CACM update kept "test matrices · combinatorial problems · expected
 * length" on a cluster two of whose terms had gone to other clusters). A name the curation gives
 * now (the label differs from `autoLabels`, the labels before applyClusterNames) wins over the old
 * one; but when that name is the label another cluster carries over, the carried one keeps it and
 * this cluster falls back to its own label, so no two clusters share a name (and a carried
 * automatic name that a fresh label repeats gives way). `clusters`, `autoLabels`, `matched` and
 * `context.keywordKeys` are indexed by the clustering's own ids. Changes labels in place.
 */
export function carryClusterLabels(
  clusters: MapCluster[],
  autoLabels: readonly string[],
  previous: readonly MapCluster[],
  matched: readonly number[],
  context: CarryContext = {},
): void {
  const oldLabel = new Map(previous.map((c) => [c.id, c.label]));
  const named = clusters.map((cluster, c) => cluster.label !== autoLabels[c]);
  const fits = (label: string, c: number): boolean => {
    const keys = context.keywordKeys?.[c];
    if (!keys || context.userNames?.has(label.trim())) return true;
    return label.split(LABEL_SEPARATOR).every((term) => keys.has(termKey(term)));
  };
  const carriedBy = new Map<string, number>();
  clusters.forEach((cluster, c) => {
    const label = matched[c] === -1 ? undefined : oldLabel.get(matched[c]);
    if (named[c] || label === undefined || !fits(label, c)) return;
    cluster.label = label;
    carriedBy.set(label, c);
  });
  clusters.forEach((cluster, c) => {
    if (carriedBy.get(cluster.label) === c) return;
    if (named[c] && carriedBy.has(cluster.label)) cluster.label = autoLabels[c];
    // A fresh label that an old automatic one carried elsewhere repeats: the carried one gives way.
    const other = carriedBy.get(cluster.label);
    if (other !== undefined && other !== c && context.userNames && !context.userNames.has(cluster.label))
      clusters[other].label = autoLabels[other];
  });
}
