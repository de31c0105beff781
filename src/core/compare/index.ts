/**
 * @module core/compare
 * Comparing two maps of one field (issue 12, "Compare with…"). Takes two map files; gives which
 * of the first map's clusters grew, shrank, stayed or are gone on the second and which are new,
 * with counts, by matching clusters on shared papers and keyword nodes. Nothing is rebuilt.
 */
export { COMPARE_CONFIG } from './compareConfig';
export { type ClusterComparison, type ClusterTrend, type MapComparison, compareMaps } from './compareMaps';
