import { portableLog } from '../util';
import type { TimeIndex } from './computeTimeIndex';
import { TIME_CONFIG } from './timeConfig';

export interface ClusterTrend {
  cluster: number;
  /** Mean year of the cluster's dated papers. */
  meanYear: number;
  /** Share of the later papers that are the cluster's, over its share of the earlier ones. */
  growth: number;
  trend: 'emerging' | 'declining';
}

/**
 * Clusters whose share of the papers grew or shrank. The years are split at the median year of the
 * dated papers (the median year itself counts as later), so both halves hold about half of them;
 * a cluster whose share of the later half is trendRatio times its share of the earlier half (or
 * less than 1/trendRatio) is emerging (declining). Most-changed first. A map whose papers all share
 * one year has no trends.
 */
export function clusterTrends(time: TimeIndex): ClusterTrend[] {
  const { papers, firstYear } = time;
  // The median year: the first year by which half the dated papers have appeared.
  let seen = 0;
  let split = 0;
  while (split < papers.length && (seen + papers[split]) * 2 <= time.dated) seen += papers[split++];
  if (split === 0) split = 1; // the earliest year alone holds half: later = the rest
  let early = 0;
  for (let i = 0; i < split; i++) early += papers[i];
  const late = time.dated - early;
  if (early === 0 || late === 0) return [];

  const trends: ClusterTrend[] = [];
  for (const [cluster, series] of time.clusters) {
    let clusterEarly = 0;
    let clusterLate = 0;
    let sum = 0;
    for (let i = 0; i < series.length; i++) {
      if (i < split) clusterEarly += series[i];
      else clusterLate += series[i];
      sum += series[i] * (firstYear + i);
    }
    const total = clusterEarly + clusterLate;
    if (total < TIME_CONFIG.trendMinPapers) continue;
    // Half a paper in an empty half keeps the ratio finite and orders clusters with none there by size.
    const growth = Math.max(clusterLate, 0.5) / late / (Math.max(clusterEarly, 0.5) / early);
    const trend = growth >= TIME_CONFIG.trendRatio ? 'emerging' : growth <= 1 / TIME_CONFIG.trendRatio ? 'declining' : undefined;
    if (trend) trends.push({ cluster, meanYear: sum / total, growth, trend });
  }
  const change = (t: ClusterTrend): number => Math.abs(portableLog(t.growth));
  return trends.sort((a, b) => change(b) - change(a) || a.cluster - b.cluster);
}
