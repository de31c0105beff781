/**
 * The cluster number every export writes (CSV, GEXF, GraphML, VOSviewer): the map's cluster id
 * + 1. Numbered from 1, as VOSviewer requires (1–1000) and as readers count "cluster 1"; the
 * same in every format and every filtered export, so files join on it. The map's ids number
 * clusters by size from 0 (an update keeps a surviving cluster's id).
 */
export function clusterNumber(id: number): number {
  return Math.min(1000, id + 1);
}
