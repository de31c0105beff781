/**
 * @module core/living
 * Updating a map (issue 12, `--previous`, "Update map"). Takes the previous map and the new
 * map's graph and clustering; gives the new clusters the old ids (so colours) and names by
 * matching members, the old places as layout anchors, the record of what changed (MapChanges)
 * and a one-paragraph summary of it. buildMap calls it when given `previous`.
 */
export { anchorsFromMap } from './anchorsFromMap';
export { carryClusterLabels } from './carryClusterLabels';
export { clustersFromMap } from './clustersFromMap';
export { computeChanges } from './computeChanges';
export { keptLayout } from './keptLayout';
export { livingConfig, type LivingConfig } from './livingConfig';
export { matchClusters, type ClusterMatch, type NewClusters } from './matchClusters';
export { steadyClustering } from './steadyClustering';
export { summarizeChanges } from './summarizeChanges';
