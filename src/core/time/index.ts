/**
 * @module core/time
 * Time on the map. Takes a map's papers (their `year`), links and clusters; gives papers per year
 * for the map, each keyword and each cluster (computeTimeIndex; one keyword's from its papers:
 * countYears), a series' first, peak and mean
 * year (yearStats), Kleinberg two-state bursts per keyword (detectBursts, computeBursts: what the
 * builder writes to the map file as `bursts`) and emerging or declining clusters (clusterTrends).
 * Maps without dates give undefined or nothing. Constants are in TIME_CONFIG.
 */
export { clusterTrends, type ClusterTrend } from './clusterTrends';
export { computeBursts } from './computeBursts';
export { computeTimeIndex, type TimeIndex } from './computeTimeIndex';
export { countYears } from './countYears';
export { detectBursts, type BurstOptions, type BurstSpan } from './detectBursts';
export { TIME_CONFIG } from './timeConfig';
export { yearStats, type YearStats } from './yearStats';
